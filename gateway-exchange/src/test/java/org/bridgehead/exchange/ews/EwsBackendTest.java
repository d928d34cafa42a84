package org.bridgehead.exchange.ews;

import static org.bridgehead.exchange.ews.SimulatedExchange.ALICE;
import static org.bridgehead.exchange.ews.SimulatedExchange.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.SpecialUse;
import org.bridgehead.simulator.SimulatorStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EwsBackendTest {

    private SimulatedExchange exchange;

    @BeforeEach
    void startSimulator() {
        exchange = SimulatedExchange.start();
    }

    @AfterEach
    void stopSimulator() {
        exchange.close();
    }

    @Test
    void signInLearnsServerVersionAndPrimaryAddress() throws Exception {
        try (ExchangeSession session = exchange.backend(0).open(new Credentials(ALICE, PASSWORD))) {
            assertEquals(ALICE, session.primaryAddress());
            assertEquals(ALICE, session.userName());
            assertTrue(session.serverInfo().productVersion().matches("\\d+\\.\\d+\\.\\d+\\.\\d+"),
                    session.serverInfo().productVersion());
            assertFalse(session.serverInfo().schemaVersion().isBlank());
            assertFalse(session.serverInfo().schemaVersion().equals("unknown"));
        }
    }

    @Test
    void folderTreeHasInboxWithItsRoleAndSubfoldersLinkedToTheirParents() throws Exception {
        try (ExchangeSession session = exchange.backend(0).open(new Credentials(ALICE, PASSWORD))) {
            Map<String, MailFolder> byPath = session.folderTree().stream()
                    .collect(Collectors.toMap(MailFolder::path, Function.identity()));

            MailFolder inbox = byPath.get("Inbox");
            assertEquals(SpecialUse.INBOX, inbox.role());
            assertNull(inbox.parentId());
            MailFolder projects = byPath.get("Inbox/Projects");
            assertEquals(inbox.id(), projects.parentId());
            assertEquals(SpecialUse.NONE, projects.role());
            assertEquals(projects.id(), byPath.get("Inbox/Projects/Bridgehead").parentId());
            assertEquals(4, inbox.childCount());
            assertEquals(inbox.id(), byPath.get("Inbox/Réunions").parentId());
            assertEquals(SpecialUse.SENT, byPath.get("Sent Items").role());
            assertEquals(SpecialUse.DRAFTS, byPath.get("Drafts").role());
            assertEquals(SpecialUse.TRASH, byPath.get("Deleted Items").role());
            assertEquals(SpecialUse.JUNK, byPath.get("Junk Email").role());
            assertEquals(SpecialUse.OUTBOX, byPath.get("Outbox").role());
            assertFalse(byPath.containsKey("Calendar"), "calendar folders are not mail folders");
            assertFalse(byPath.containsKey("Calendar/Team Calendar"));
            assertFalse(byPath.containsKey("Contacts/Suppliers"));
        }
    }

    @Test
    void folderTreeIsDepthFirst() throws Exception {
        try (ExchangeSession session = exchange.backend(0).open(new Credentials(ALICE, PASSWORD))) {
            List<String> paths = session.folderTree().stream().map(MailFolder::path).toList();

            int inbox = paths.indexOf("Inbox");
            assertEquals(List.of("Inbox", "Inbox/Newsletters", "Inbox/Projects", "Inbox/Projects/Bridgehead",
                    "Inbox/Projects/Website", "Inbox/Receipts", "Inbox/Receipts/2025", "Inbox/Réunions"),
                    paths.subList(inbox, inbox + 8));
        }
    }

    @Test
    void signInAndFolderTreeTakeThreeEwsRequests() throws Exception {
        exchange.simulator().resetStats();
        try (ExchangeSession session = exchange.backend(0).open(new Credentials(ALICE, PASSWORD))) {
            session.folderTree();
        }

        SimulatorStats stats = exchange.simulator().stats();
        assertEquals(1, stats.requests("GetFolder"));
        assertEquals(1, stats.requests("ResolveNames"));
        assertEquals(1, stats.requests("FindFolder"));
        assertEquals(3, stats.totalRequests());
    }

    @Test
    void wrongPasswordFailsWithAuthenticationFailedAndIsNotRetried() {
        AuthenticationFailedException failure = assertThrows(AuthenticationFailedException.class,
                () -> exchange.backend(3).open(new Credentials(ALICE, "not-the-password")));

        assertFalse(failure.isTransient());
        assertFalse(failure.getMessage().contains("not-the-password"));
        assertEquals(1, exchange.simulator().stats().authFailures());
    }

    @Test
    void bobSeesHisOwnAddress() throws Exception {
        try (ExchangeSession session = exchange.backend(0).open(new Credentials(SimulatedExchange.BOB, PASSWORD))) {
            assertEquals(SimulatedExchange.BOB, session.primaryAddress());
        }
    }

    @Test
    void closedSessionReportsItself() throws Exception {
        ExchangeSession session = exchange.backend(0).open(new Credentials(ALICE, PASSWORD));

        session.close();

        assertFalse(session.isOpen());
        assertThrows(IllegalStateException.class, session::folderTree);
    }
}
