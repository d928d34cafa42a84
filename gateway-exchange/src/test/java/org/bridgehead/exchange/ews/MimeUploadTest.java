package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.simulator.AuthScheme;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sending streams the MIME content into the CreateItem request; Exchange receives it intact. */
class MimeUploadTest {

    @TempDir
    Path cache;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = AuthScheme.class, names = {"BASIC", "NTLM"})
    void aMultiMegabyteMessageArrivesByteForByteWithEitherAuthentication(AuthScheme scheme) throws Exception {
        byte[] message = messageWithAttachment(3 * 1024 * 1024 + 1);
        try (MailFixture fixture = MailFixture.start(cache, SimulatorOptions.builder().authScheme(scheme).build(), 1)) {
            fixture.resetCalls();

            fixture.mail().send(Content.of(message), MailSendTest.to("bob@example.com"), true);

            Mailbox bob = fixture.mailbox(SimulatedExchange.BOB);
            List<ItemState> inbox = bob.items(bob.folder(DistinguishedFolder.INBOX).number());
            assertArrayEquals(message, inbox.get(inbox.size() - 1).mime());
            assertEquals(1, fixture.calls("CreateItem"));
        }
    }

    @Test
    void twoMessagesSentAtOnceInOneSessionEachArriveWithTheirOwnContent() throws Exception {
        byte[] first = messageWithAttachment(200_000);
        byte[] second = messageWithAttachment(300_000);
        try (MailFixture fixture = MailFixture.start(cache)) {
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> send(fixture, first));
            send(fixture, second);
            sending.join();

            Mailbox bob = fixture.mailbox(SimulatedExchange.BOB);
            List<ItemState> inbox = bob.items(bob.folder(DistinguishedFolder.INBOX).number());
            Set<Integer> arrived = new HashSet<>();
            for (ItemState item : inbox.subList(inbox.size() - 2, inbox.size())) {
                arrived.add(item.mime().length);
                assertTrue(Arrays.equals(first, item.mime()) || Arrays.equals(second, item.mime()));
            }
            assertEquals(Set.of(first.length, second.length), arrived);
        }
    }

    private static void send(MailFixture fixture, byte[] message) {
        try {
            fixture.mail().send(Content.of(message), MailSendTest.to("bob@example.com"), false);
        } catch (BackendException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(longs = {0, 1, 2, 3, 4, 57, 1_000_000})
    void theAnnouncedLengthIsThatOfTheBase64(long bytes) {
        assertEquals(Base64.getEncoder().encodeToString(new byte[(int) bytes]).length(),
                SplicedMimeEntity.base64Length(bytes));
    }

    private static byte[] messageWithAttachment(int attachmentBytes) {
        byte[] attachment = new byte[attachmentBytes];
        new Random(7).nextBytes(attachment);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("From: alice@example.com\r\nTo: bob@example.com\r\nSubject: streamed\r\n"
                + "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <streamed@example.com>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
                + "--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(Base64.getMimeEncoder().encode(attachment));
        out.writeBytes("\r\n--b--\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
