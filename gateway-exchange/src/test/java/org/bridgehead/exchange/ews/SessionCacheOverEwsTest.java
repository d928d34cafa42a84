package org.bridgehead.exchange.ews;

import static org.bridgehead.exchange.ews.SimulatedExchange.ALICE;
import static org.bridgehead.exchange.ews.SimulatedExchange.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.SessionCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The session cache in front of the EWS backend, against the simulator. */
class SessionCacheOverEwsTest {

    private SimulatedExchange exchange;
    private SessionCache cache;

    @BeforeEach
    void start() {
        exchange = SimulatedExchange.start();
        cache = new SessionCache(exchange.backend(0), Duration.ofMinutes(30), 10);
    }

    @AfterEach
    void stop() {
        cache.close();
        exchange.close();
    }

    @Test
    void theSameSecretReusesTheSessionWithoutSigningInAgain() throws Exception {
        ExchangeSession first = cache.acquire(new Credentials(ALICE, PASSWORD));
        ExchangeSession second = cache.acquire(new Credentials(ALICE, PASSWORD));

        assertSame(first, second);
        assertEquals(1, exchange.simulator().stats().requests("GetFolder"), "one sign-in only");
    }

    @Test
    void aWrongSecretIsCheckedByTheServerAndLeavesTheGoodSessionAlone() throws Exception {
        ExchangeSession good = cache.acquire(new Credentials(ALICE, PASSWORD));

        assertThrows(AuthenticationFailedException.class, () -> cache.acquire(new Credentials(ALICE, "guess")));

        assertEquals(1, exchange.simulator().stats().authFailures());
        assertTrue(good.isOpen());
        assertSame(good, cache.acquire(new Credentials(ALICE, PASSWORD)));
    }
}
