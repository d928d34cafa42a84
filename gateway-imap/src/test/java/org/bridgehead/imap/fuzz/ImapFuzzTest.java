package org.bridgehead.imap.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bridgehead.imap.testing.ImapTestClient;
import org.bridgehead.imap.testing.ImapTestServer;
import org.bridgehead.imap.testing.InMemoryExchange;
import org.bridgehead.imap.testing.ResponseLines;
import org.bridgehead.imap.testing.TestMessages;
import org.bridgehead.net.fuzz.FuzzRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile clients against the real IMAP server over sockets, for a bounded time: random, mutated
 * and truncated commands, literals of lying sizes (synchronising and LITERAL+), binary garbage, very
 * long lines, deep nesting, in every state (before login, logged in, with INBOX selected). Every
 * response must be a well-formed IMAP response and none the NO [SERVERBUG] of an unexpected failure;
 * the server must come through whole (see {@link FuzzRun}) and a well-formed session must work
 * afterwards.
 */
class ImapFuzzTest {

    /** A tagged, untagged or continuation response, as RFC 3501 7 and 9 allow them to start. */
    private static final Pattern RESPONSE = Pattern.compile(
            "^(\\* (OK|NO|BAD|BYE|PREAUTH|CAPABILITY|LIST|LSUB|STATUS|SEARCH|ESEARCH|FLAGS|ENABLED|ID|NAMESPACE"
                    + "|SORT|THREAD|VANISHED|\\d+ (EXISTS|RECENT|EXPUNGE|FETCH))\\b.*|\\+.*|[^\\s*+]+ (OK|NO|BAD)\\b.*)$",
            Pattern.DOTALL);

    private FuzzRun run;
    private ImapTestServer server;

    @BeforeEach
    void start() throws IOException {
        run = new FuzzRun("IMAP", "org.bridgehead");
        server = ImapTestServer.start();
        for (int i = 0; i < 3; i++) {
            server.mailbox("alice").deliver("Inbox", TestMessages.plain("Fuzz " + i, "Body " + i));
        }
    }

    @AfterEach
    void stop() {
        server.close();
        run.close();
    }

    @Test
    void hostileClientsGetImapResponsesAndTheServerStaysWhole() throws Exception {
        Map<ImapInputs.Kind, Integer> inputs = new EnumMap<>(ImapInputs.Kind.class);
        Map<String, Integer> tagged = new TreeMap<>();
        FuzzRun.Totals totals = run.run((number, random) -> hostileConnection(random, inputs, tagged));
        System.out.println("IMAP fuzz: " + totals.connections() + " connections, " + totals.bytes() + " bytes, inputs "
                + inputs + ", tagged answers " + tagged);

        try (ImapTestClient client = server.login("alice")) {
            assertTrue(client.command("SELECT INBOX").ok());
            assertTrue(client.command("FETCH 1:* (UID FLAGS)").ok(), "a well-formed session still works");
        }
        run.assertServerWhole("imap-connection-");
    }

    /**
     * One connection: a state to start from, a few hostile pieces, then the client stops sending;
     * every response up to the server's close (or a quiet 300 ms) must be well-formed.
     */
    private long hostileConnection(Random random, Map<ImapInputs.Kind, Integer> inputs, Map<String, Integer> tagged)
            throws IOException {
        ImapInputs generator = new ImapInputs(random);
        long sent = 0;
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(300);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            int state = random.nextInt(3);
            if (state > 0) {
                out.write(("f0 LOGIN alice " + InMemoryExchange.PASSWORD + "\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            if (state > 1) {
                out.write("f00 SELECT INBOX\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            int pieces = 1 + random.nextInt(6);
            try {
                for (int i = 0; i < pieces; i++) {
                    ImapInputs.Kind kind = generator.kind();
                    inputs.merge(kind, 1, Integer::sum);
                    byte[] piece = generator.next(kind);
                    out.write(piece);
                    sent += piece.length;
                }
                out.flush();
                socket.shutdownOutput();
            } catch (IOException closedByServer) {
                // The server may end a connection it has had enough of (BYE); what it sent is still checked.
            }
            readAll(in, tagged);
        }
        return sent;
    }

    private static void readAll(InputStream in, Map<String, Integer> tagged) throws IOException {
        while (true) {
            String response;
            try {
                response = ResponseLines.read(in, StandardCharsets.ISO_8859_1);
            } catch (SocketTimeoutException quiet) {
                return; // waiting for the rest of a literal that never comes
            } catch (IOException closed) {
                return;
            }
            if (!RESPONSE.matcher(response).matches()) {
                fail("not an IMAP response: " + abbreviate(response));
            }
            if (response.contains("[SERVERBUG]")) {
                fail("an unexpected failure: " + abbreviate(response));
            }
            if (!response.startsWith("*") && !response.startsWith("+")) {
                tagged.merge(response.split(" ", 3)[1], 1, Integer::sum);
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
