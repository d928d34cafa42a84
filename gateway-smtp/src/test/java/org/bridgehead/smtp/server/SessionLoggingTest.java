package org.bridgehead.smtp.server;

import static org.bridgehead.smtp.support.RawSmtpClient.base64;
import static org.bridgehead.smtp.support.TestServers.PASSWORD;
import static org.bridgehead.smtp.support.TestServers.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.bridgehead.smtp.session.SessionLog;
import org.bridgehead.smtp.support.FakeSubmitter;
import org.bridgehead.smtp.support.RawSmtpClient;
import org.bridgehead.smtp.support.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What a connection writes to the log: its id and user on every line, never a secret. */
class SessionLoggingTest {

    @TempDir
    Path spool;

    private final Logger smtpLogger = (Logger) LoggerFactory.getLogger("org.bridgehead.smtp");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level previousLevel;

    @BeforeEach
    void captureLog() {
        previousLevel = smtpLogger.getLevel();
        smtpLogger.setLevel(Level.DEBUG);
        appender.start();
        smtpLogger.addAppender(appender);
    }

    @AfterEach
    void restoreLog() {
        smtpLogger.detachAppender(appender);
        smtpLogger.setLevel(previousLevel);
    }

    @Test
    void connectionLinesCarryConnectionIdAndUserAndNoSecret() throws IOException {
        FakeSubmitter submitter = new FakeSubmitter().withUser(USER, PASSWORD);
        try (SmtpServer server = TestServers.start(TestServers.options(spool).build(), submitter)) {
            try (RawSmtpClient client = RawSmtpClient.connect(server.localAddress())) {
                assertEquals(500, client.command(base64(PASSWORD)).code(), "a password sent out of step");
                client.command("EHLO client.test");
                client.command("AUTH PLAIN " + RawSmtpClient.plain(USER, PASSWORD + "-wrong"));
                client.command("AUTH LOGIN");
                client.command(base64(USER));
                client.command(base64(PASSWORD));
                client.command("MAIL FROM:<alice@example.com>");
                client.command("RCPT TO:<bob@example.com>");
                client.command("DATA");
                client.sendRaw("Subject: s\r\n\r\nbody\r\n.\r\n".getBytes(StandardCharsets.US_ASCII));
                assertEquals(250, client.readReply().code());
                client.command("QUIT");
                client.closedByServer();
            }
        }

        List<ILoggingEvent> connectionEvents = appender.list.stream()
                .filter(event -> event.getThreadName().startsWith("smtp-connection-")).toList();
        assertFalse(connectionEvents.isEmpty());
        for (ILoggingEvent event : appender.list) {
            String text = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertFalse(text.contains(PASSWORD), () -> "secret logged: " + text);
            assertFalse(text.contains(base64(PASSWORD)), () -> "encoded secret logged: " + text);
        }
        connectionEvents.forEach(event -> assertTrue(event.getMDCPropertyMap().containsKey(SessionLog.CONNECTION), event::toString));
        ILoggingEvent accepted = connectionEvents.stream()
                .filter(event -> event.getFormattedMessage().contains("accepted as")).findFirst().orElseThrow();
        assertEquals(USER, accepted.getMDCPropertyMap().get(SessionLog.USER));
    }
}
