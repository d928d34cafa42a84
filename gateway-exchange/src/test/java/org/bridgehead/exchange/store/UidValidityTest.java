package org.bridgehead.exchange.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UidValidityTest {

    @Test
    void sameFolderIdGivesTheSamePositive31BitValue() {
        long value = UidValidity.of("AAMkAGI2TG93AAA=");
        assertEquals(value, UidValidity.of("AAMkAGI2TG93AAA="));
        assertTrue(value > 0 && value <= Integer.MAX_VALUE);
    }

    @Test
    void anotherFolderIdGivesAnotherValue() {
        assertNotEquals(UidValidity.of("AAMkAGI2TG93AAA="), UidValidity.of("AAMkAGI2TG93AAB="));
    }

    @Test
    void neverZero() {
        for (int i = 0; i < 10_000; i++) {
            assertTrue(UidValidity.of("folder-" + i) > 0);
        }
    }
}
