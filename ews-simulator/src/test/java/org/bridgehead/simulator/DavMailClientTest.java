package org.bridgehead.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bridgehead.simulator.smtp.SmtpClient;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * DavMail 6 in EWS mode, unmodified, in its own process against the simulator: its SMTP sends
 * through CreateItem SendAndSaveCopy and the relay, its IMAP IDLE notices mail that arrived over
 * smtp-in, its IMAP reads a meeting request as mail. Runs where DavMail is installed (Debian's
 * package, or -Ddavmail.jar=PATH).
 */
@EnabledIf("davMailInstalled")
class DavMailClientTest {
    private static final Path DAVMAIL_JAR = Path.of(System.getProperty("davmail.jar", "/usr/share/davmail/davmail.jar"));

    @RegisterExtension
    static final GreenMailExtension INTERNET = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    private SimulatorStore store;
    private EwsSimulator simulator;
    private Process davMail;
    private int imapPort;
    private int smtpPort;

    static boolean davMailInstalled() {
        return Files.isRegularFile(DAVMAIL_JAR);
    }

    @BeforeEach
    void start() throws Exception {
        store = new SimulatorStore();
        store.addUser("alice@example.com", "Alice Archer", "demo");
        store.addUser("bob@example.com", "Bob Baker", "demo");
        simulator = EwsSimulator.start(SimulatorOptions.builder().smtpPort(0)
                .smartHost("127.0.0.1:" + INTERNET.getSmtp().getPort()).build(), store);
        imapPort = freePort();
        smtpPort = freePort();
        Path properties = home.resolve("davmail.properties");
        Files.writeString(properties, String.join("\n",
                "davmail.url=" + simulator.ewsUrl(),
                "davmail.mode=EWS",
                "davmail.server=true",
                "davmail.allowRemote=false",
                "davmail.bindAddress=127.0.0.1",
                "davmail.imapPort=" + imapPort,
                "davmail.smtpPort=" + smtpPort,
                "davmail.caldavPort=",
                "davmail.ldapPort=",
                "davmail.popPort=",
                "davmail.imapIdleDelay=1",
                "davmail.disableUpdateCheck=true",
                "davmail.logFilePath=" + home.resolve("davmail.log"),
                "log4j.rootLogger=WARN", ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        davMail = new ProcessBuilder(java, "-jar", DAVMAIL_JAR.toString(), properties.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("davmail.out").toFile()).start();
        awaitListening(imapPort);
        awaitListening(smtpPort);
    }

    @AfterEach
    void stop() throws Exception {
        davMail.destroy();
        if (!davMail.waitFor(10, TimeUnit.SECONDS)) {
            davMail.destroyForcibly();
        }
        simulator.close();
    }

    @Test
    void davMailSmtpSendReachesTheSmartHostWithoutBccAndKeepsACopy() throws Exception {
        try (SmtpClient smtp = new SmtpClient(new InetSocketAddress("127.0.0.1", smtpPort))) {
            assertTrue(smtp.reply().startsWith("220"));
            smtp.send("EHLO client.example.com");
            String plain = Base64.getEncoder().encodeToString("\0alice@example.com\0demo".getBytes(StandardCharsets.UTF_8));
            assertTrue(smtp.send("AUTH PLAIN " + plain).startsWith("235"), "DavMail accepts alice");
            assertTrue(smtp.send("MAIL FROM:<alice@example.com>").startsWith("250"));
            for (String to : List.of("carol@example.org", "bob@example.com", "dave@example.net")) {
                assertTrue(smtp.send("RCPT TO:<" + to + ">").startsWith("250"));
            }
            assertTrue(smtp.send("DATA").startsWith("354"));
            assertTrue(smtp.send("From: Alice <alice@example.com>\r\nTo: carol@example.org, bob@example.com\r\n"
                    + "Bcc: dave@example.net\r\nSubject: via DavMail\r\n\r\nhello\r\n.").startsWith("250"));
            smtp.send("QUIT");
        }
        assertTrue(INTERNET.waitForIncomingEmail(20_000, 2), "carol and dave each get a copy");
        for (MimeMessage m : INTERNET.getReceivedMessages()) {
            assertEquals("via DavMail", m.getSubject());
            assertNull(m.getHeader("Bcc"));
        }
        assertNotNull(INTERNET.getUserManager().getUserByEmail("dave@example.net"));
        Mailbox bob = store.mailbox("bob@example.com").orElseThrow();
        Mailbox alice = store.mailbox("alice@example.com").orElseThrow();
        assertEquals(1, bob.items(bob.folder(DistinguishedFolder.INBOX).number()).size());
        assertEquals(1, alice.items(alice.folder(DistinguishedFolder.SENT_ITEMS).number()).size());
    }

    @Test
    void davMailImapIdleSeesMailArrivingOverSmtpIn() throws Exception {
        try (Socket imap = new Socket()) {
            imap.connect(new InetSocketAddress("127.0.0.1", imapPort), 10_000);
            imap.setSoTimeout(150_000); // DavMail looks for changes once per imapIdleDelay minute
            BufferedReader in = new BufferedReader(new InputStreamReader(imap.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = imap.getOutputStream();
            in.readLine();
            command(in, out, "a1 LOGIN alice@example.com demo");
            command(in, out, "a2 SELECT INBOX");
            out.write("a3 IDLE\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertTrue(in.readLine().startsWith("+"));

            try (SmtpClient smtp = new SmtpClient(simulator.smtpInAddress().orElseThrow())) {
                smtp.reply();
                smtp.send("EHLO mail.example.org");
                smtp.send("MAIL FROM:<carol@example.org>");
                smtp.send("RCPT TO:<alice@example.com>");
                smtp.send("DATA");
                assertTrue(smtp.send("Subject: while idling\r\n\r\nhello\r\n.").startsWith("250"));
            }
            String line;
            do {
                line = in.readLine();
                assertNotNull(line, "DavMail closed the connection while idling");
            } while (!line.endsWith(" EXISTS"));
            assertEquals("* 1 EXISTS", line);
            out.write("DONE\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    @Test
    void davMailImapReadsAMeetingRequestAsMail() throws Exception {
        try (ExchangeService organizer = new ExchangeService(ExchangeVersion.Exchange2010_SP2)) {
            organizer.setUrl(simulator.ewsUrl());
            organizer.setCredentials(new WebCredentials("alice@example.com", "demo"));
            Appointment meeting = new Appointment(organizer);
            meeting.setSubject("Planning");
            meeting.setStart(new java.util.Date(1_796_634_000_000L));
            meeting.setEnd(new java.util.Date(1_796_637_600_000L));
            meeting.getRequiredAttendees().add("bob@example.com");
            meeting.save(SendInvitationsMode.SendToAllAndSaveCopy);
        }
        try (Socket imap = new Socket()) {
            imap.connect(new InetSocketAddress("127.0.0.1", imapPort), 10_000);
            imap.setSoTimeout(60_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(imap.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = imap.getOutputStream();
            in.readLine();
            command(in, out, "a1 LOGIN bob@example.com demo");
            List<String> select = lines(in, out, "a2 SELECT INBOX");
            assertTrue(select.contains("* 1 EXISTS"), select.toString());
            String fetched = String.join("\n", lines(in, out, "a3 FETCH 1 (BODY.PEEK[])"));
            assertTrue(fetched.contains("Subject: Planning"), fetched);
            assertTrue(fetched.contains("text/calendar; charset=\"utf-8\"; method=REQUEST"), fetched);
        }
    }

    /** Sends a command; answers every line up to and including its tagged OK. */
    private static List<String> lines(BufferedReader in, OutputStream out, String command) throws IOException {
        out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String tag = command.substring(0, command.indexOf(' ') + 1);
        List<String> result = new java.util.ArrayList<>();
        String line;
        do {
            line = in.readLine();
            assertNotNull(line, "connection closed after " + command);
            result.add(line);
        } while (!line.startsWith(tag));
        assertTrue(line.startsWith(tag + "OK"), line);
        return result;
    }

    private static String command(BufferedReader in, OutputStream out, String command) throws IOException {
        out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String tag = command.substring(0, command.indexOf(' ') + 1);
        String line;
        do {
            line = in.readLine();
            assertNotNull(line, "connection closed after " + command);
        } while (!line.startsWith(tag));
        assertTrue(line.startsWith(tag + "OK"), line);
        return line;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening(int port) throws Exception {
        for (int attempt = 0; attempt < 300; attempt++) {
            assertTrue(davMail.isAlive(), () -> "DavMail exited: " + output());
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("DavMail did not listen on " + port + ": " + output());
    }

    private String output() {
        try {
            return Files.readString(home.resolve("davmail.out"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
