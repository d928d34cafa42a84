package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MimeContentFilterTest {

    /** Collects each content and counts completions. */
    private static final class Collected implements MimeContentFilter.Outputs {
        final List<ByteArrayOutputStream> contents = new ArrayList<>();
        int completed;

        @Override
        public OutputStream open(int index) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            contents.add(out);
            return out;
        }

        @Override
        public void complete(int index) {
            completed++;
        }

        @Override
        public byte[] standIn(int index) {
            return ("STAND" + index).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private static String response(String... mimeTexts) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope><s:Body>"
                + "<m:GetItemResponse><m:ResponseMessages>");
        for (String text : mimeTexts) {
            xml.append("<m:GetItemResponseMessage ResponseClass=\"Success\"><m:ResponseCode>NoError</m:ResponseCode>"
                    + "<m:Items><t:Message><t:MimeContent CharacterSet=\"UTF-8\">").append(text)
                    .append("</t:MimeContent><t:ItemId Id=\"AAA=\" ChangeKey=\"CK\"/></t:Message></m:Items>"
                            + "</m:GetItemResponseMessage>");
        }
        return xml.append("</m:ResponseMessages></m:GetItemResponse></s:Body></s:Envelope>").toString();
    }

    /** Hands out at most {@code chunk} bytes per read, to split tags and base64 across reads. */
    private static InputStream trickle(byte[] bytes, int chunk) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    @Test
    void everyContentIsDecodedToItsOutputAndReplacedByItsStandIn() throws Exception {
        byte[] first = new byte[300_000];
        new Random(7).nextBytes(first);
        byte[] second = "Subject: small\r\n\r\nhello\r\n".getBytes(StandardCharsets.US_ASCII);
        String xml = response(Base64.getMimeEncoder().encodeToString(first), Base64.getEncoder().encodeToString(second));

        for (int chunk : new int[] {1, 7, 4096, 1 << 20}) {
            Collected outputs = new Collected();
            byte[] kept = MimeContentFilter.filter(trickle(xml.getBytes(StandardCharsets.US_ASCII), chunk),
                    1 << 20, outputs);

            assertEquals(2, outputs.completed);
            assertArrayEquals(first, outputs.contents.get(0).toByteArray(), "chunk " + chunk);
            assertArrayEquals(second, outputs.contents.get(1).toByteArray());
            assertEquals(response("STAND0", "STAND1"), new String(kept, StandardCharsets.US_ASCII));
        }
    }

    @Test
    void anyPrefixAndAttributesWithAngleBracketsAreRecognised() throws Exception {
        String xml = "<Envelope><MimeContent>QUJD</MimeContent><x:MimeContent a=\"1>2\" b='/'>REVG</x:MimeContent>"
                + "<t:MimeContent/><t:NotMimeContent>R0hJ</t:NotMimeContent></Envelope>";
        Collected outputs = new Collected();

        byte[] kept = MimeContentFilter.filter(new ByteArrayInputStream(xml.getBytes(StandardCharsets.US_ASCII)),
                1024, outputs);

        assertEquals(2, outputs.contents.size());
        assertEquals("ABC", outputs.contents.get(0).toString(StandardCharsets.US_ASCII));
        assertEquals("DEF", outputs.contents.get(1).toString(StandardCharsets.US_ASCII));
        assertEquals("<Envelope><MimeContent>STAND0</MimeContent><x:MimeContent a=\"1>2\" b='/'>STAND1</x:MimeContent>"
                + "<t:MimeContent/><t:NotMimeContent>R0hJ</t:NotMimeContent></Envelope>",
                new String(kept, StandardCharsets.US_ASCII));
    }

    @Test
    void textThatIsNotBase64IsRefused() {
        String xml = response("not*base64");
        assertThrows(IOException.class, () -> MimeContentFilter.filter(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.US_ASCII)), 1 << 20, new Collected()));
    }

    @Test
    void aResponseCutOffInsideTheContentIsRefused() {
        String whole = response("QUJDREVG");
        String xml = whole.substring(0, whole.indexOf("QUJDREVG") + 4);
        assertThrows(IOException.class, () -> MimeContentFilter.filter(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.US_ASCII)), 1 << 20, new Collected()));
    }

    @Test
    void theXmlBesidesTheContentIsBounded() {
        String xml = response("QUJD");
        assertThrows(IOException.class, () -> MimeContentFilter.filter(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.US_ASCII)), 100, new Collected()));
    }
}
