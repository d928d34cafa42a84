package org.bridgehead.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedUsersTest {

    /** Records who reached Exchange. */
    private static final class RecordingBackend implements ExchangeBackend {
        final List<String> opened = new ArrayList<>();

        @Override
        public ExchangeSession open(Credentials credentials) {
            opened.add(credentials.userName());
            return null;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void onlyListedLoginsAndDomainsReachExchangeWhateverTheirCase() throws Exception {
        RecordingBackend exchange = new RecordingBackend();
        AllowedUsers allowed = new AllowedUsers(exchange, AllowedUsers.parse("alice@example.com, @staff.example.com"
                + " EXAMPLE\\carol"));
        allowed.open(new Credentials("Alice@Example.COM", "x"));
        allowed.open(new Credentials("dave@staff.example.com", "x"));
        allowed.open(new Credentials("example\\CAROL", "x"));
        for (String refused : new String[] {"bob@example.com", "alice@example.com.evil", "eve@evil.com@staff.example.com",
                "staff.example.com", "carol", ""}) {
            assertThrows(AuthenticationFailedException.class, () -> allowed.open(new Credentials(refused, "x")),
                    refused);
        }
        assertEquals(List.of("Alice@Example.COM", "dave@staff.example.com", "example\\CAROL"), exchange.opened);
    }

    @Test
    void noEntriesAllowAnyone() {
        AllowedUsers anyone = new AllowedUsers(new RecordingBackend(), AllowedUsers.parse("  "));
        assertTrue(anyone.allows("whoever@anywhere.example"));
        assertFalse(new AllowedUsers(new RecordingBackend(), List.of("a@b.c")).allows("x@b.c"));
    }
}
