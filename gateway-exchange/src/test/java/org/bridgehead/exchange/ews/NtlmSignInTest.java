package org.bridgehead.exchange.ews;

import static org.bridgehead.exchange.ews.SimulatedExchange.ALICE;
import static org.bridgehead.exchange.ews.SimulatedExchange.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.SpecialUse;
import org.bridgehead.simulator.AuthScheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a server that offers only NTLM, as many on-premises Exchange servers do. */
class NtlmSignInTest {

    private SimulatedExchange exchange;

    @BeforeEach
    void startNtlmOnlySimulator() {
        exchange = SimulatedExchange.start(AuthScheme.NTLM);
    }

    @AfterEach
    void stopSimulator() {
        exchange.close();
    }

    @Test
    void rightPasswordSignsInAndListsFolders() throws Exception {
        try (ExchangeSession session = exchange.backend(0).open(new Credentials(ALICE, PASSWORD))) {
            assertEquals(ALICE, session.primaryAddress());
            assertEquals("Inbox/Projects", session.folderTree().stream()
                    .map(MailFolder::path).filter(path -> path.equals("Inbox/Projects")).findFirst().orElseThrow());
        }
    }

    @Test
    void domainBackslashLoginSignsIn() throws Exception {
        try (ExchangeSession session = exchange.backend(0).open(new Credentials("EXAMPLE\\alice", PASSWORD))) {
            assertEquals(ALICE, session.primaryAddress());
        }
    }

    @Test
    void pooledNtlmConnectionsNeverCarryOneUserToAnother() throws Exception {
        EwsBackend backend = exchange.backend(0);
        try (ExchangeSession alice = backend.open(new Credentials(ALICE, PASSWORD))) {
            String aliceInbox = inboxId(alice);

            assertThrows(AuthenticationFailedException.class,
                    () -> backend.open(new Credentials(ALICE, "wrong")));
            try (ExchangeSession bob = backend.open(new Credentials(SimulatedExchange.BOB, PASSWORD))) {
                assertNotEquals(aliceInbox, inboxId(bob));
                assertEquals(aliceInbox, inboxId(alice));
            }
        }
    }

    private static String inboxId(ExchangeSession session) throws Exception {
        return session.folderTree().stream().filter(folder -> folder.role() == SpecialUse.INBOX)
                .findFirst().orElseThrow().id();
    }

    @Test
    void wrongPasswordFailsWithAuthenticationFailed() {
        AuthenticationFailedException failure = assertThrows(AuthenticationFailedException.class,
                () -> exchange.backend(2).open(new Credentials(ALICE, "wrong")));

        assertFalse(failure.isTransient());
        assertEquals(1, exchange.simulator().stats().authFailures());
    }
}
