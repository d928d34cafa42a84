package org.bridgehead.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void toStringNeverShowsTheSecret() {
        Credentials credentials = new Credentials("alice@example.com", "s3cret-Passw0rd");

        String text = credentials.toString();

        assertTrue(text.contains("alice@example.com"));
        assertFalse(text.contains("s3cret-Passw0rd"));
        assertFalse(text.contains(credentials.digest()));
    }

    @Test
    void digestIsSha256HexOfUserNulSecret() {
        // printf 'alice\0demo' | sha256sum
        assertEquals("7011c0e74eb8233fae3fa99431e9e9c63d7d8916939ab9afe59e54800462033b",
                new Credentials("alice", "demo").digest());
    }

    @Test
    void differentSecretsOrUsersGiveDifferentDigests() {
        String digest = new Credentials("alice", "demo").digest();

        assertNotEquals(digest, new Credentials("alice", "demo2").digest());
        assertNotEquals(digest, new Credentials("bob", "demo").digest());
        // the NUL separator keeps "ab"+"c" apart from "a"+"bc"
        assertNotEquals(new Credentials("ab", "c").digest(), new Credentials("a", "bc").digest());
    }
}
