package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.NewItem;
import org.junit.jupiter.api.Test;

class MailHeadersTest extends DemoMailboxTest {

    private static byte[] headerOf(byte[] mime) {
        String text = new String(mime, StandardCharsets.UTF_8);
        return text.substring(0, text.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.UTF_8);
    }

    /** A folder of received mail, each message with a body far larger than its header. */
    private MailFolder receivedFolder(String name, int count) throws Exception {
        MailFolder folder = fixture.mail().createFolder(name);
        Mailbox mailbox = fixture.mailbox(SimulatedExchange.ALICE);
        long number = fixture.simulatorFolder(name).number();
        for (int i = 1; i <= count; i++) {
            mailbox.createItem(number, NewItem.received(MailFetchTest.largeMessage(20_000)));
        }
        return folder;
    }

    @Test
    void receivedMailGivesItsHeaderBlockWithoutItsBody() throws Exception {
        MailFolder folder = receivedFolder("Received", 5);
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(folder.id()));
        fixture.resetCalls();
        long bytesBefore = fixture.exchange.simulator().stats().bytesOut();

        Map<Long, byte[]> headers = fixture.mail().headers(folder.id(), uids);

        assertEquals(uids, List.copyOf(headers.keySet()));
        assertEquals(1, fixture.calls("GetItem"));
        assertEquals(1, fixture.totalCalls());
        assertTrue(fixture.exchange.simulator().stats().bytesOut() - bytesBefore < 20_000,
                "no message body crossed the wire");
        byte[] expected = headerOf(MailFetchTest.largeMessage(20_000));
        headers.values().forEach(header -> assertArrayEquals(expected, header));
    }

    @Test
    void headersAreKeptInTheIndexAcrossRestarts() throws Exception {
        MailFolder folder = receivedFolder("Kept", 3);
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(folder.id()));
        fixture.mail().headers(folder.id(), uids);
        fixture.alice.close();
        fixture.backend.close();
        fixture.resetCalls();

        EwsBackend restarted = fixture.newBackend();
        try (ExchangeSession again = MailFixture.signIn(restarted, SimulatedExchange.ALICE)) {
            fixture.resetCalls();
            Map<Long, byte[]> headers = again.mail().headers(folder.id(), uids);

            assertEquals(3, headers.size());
            assertEquals(0, fixture.totalCalls());
        } finally {
            restarted.close();
        }
    }

    @Test
    void itemsWithoutAHeaderBlockFallBackToTheirContent() throws Exception {
        MailFolder folder = fixture.folderWith("Stored", 2);
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(folder.id()));
        List<ItemState> items = fixture.simulatorItems("Stored");
        fixture.resetCalls();

        Map<Long, byte[]> headers = fixture.mail().headers(folder.id(), uids);

        assertEquals(2, fixture.calls("GetItem")); // one for the (absent) header blocks, one for the MIME
        for (int i = 0; i < items.size(); i++) {
            assertArrayEquals(headerOf(items.get(i).mime()), headers.get(uids.get(i)));
        }
        fixture.resetCalls();
        fixture.mail().headers(folder.id(), uids);
        assertEquals(0, fixture.totalCalls());
    }

    @Test
    void anAppendedMessageKnowsItsHeaderWithoutAsking() throws Exception {
        MailFolder folder = fixture.mail().createFolder("Appended");
        byte[] mime = MailFixture.message("appended one");
        long uid = fixture.mail().append(folder.id(), org.bridgehead.exchange.mail.Content.of(mime),
                MessageFlags.NONE, null).uid();
        fixture.resetCalls();

        byte[] header = fixture.mail().headers(folder.id(), List.of(uid)).get(uid);

        assertArrayEquals(headerOf(mime), header);
        assertEquals(0, fixture.totalCalls());
    }

    @Test
    void manyMessagesCostOneCallPerThousand() throws Exception {
        MailFolder folder = fixture.mail().createFolder("Many");
        Mailbox mailbox = fixture.mailbox(SimulatedExchange.ALICE);
        long number = fixture.simulatorFolder("Many").number();
        for (int i = 0; i < 2500; i++) {
            mailbox.createItem(number, NewItem.received(MailFixture.message("many " + i)));
        }
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(folder.id()));
        fixture.resetCalls();

        Map<Long, byte[]> headers = fixture.mail().headers(folder.id(), uids);

        assertEquals(2500, headers.size());
        assertEquals(3, fixture.calls("GetItem"));
        assertTrue(new String(headers.get(uids.get(7)), StandardCharsets.UTF_8).contains("Subject: many 7\r\n"));
        assertTrue(Arrays.equals(headerOf(MailFixture.message("many 7")), headers.get(uids.get(7))));
    }
}
