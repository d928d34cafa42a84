package org.bridgehead.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bridgehead.config.LogLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogLevelsTest {

    private final Logger anyLogger = LoggerFactory.getLogger("org.bridgehead.imap.SomeHandler");

    @AfterEach
    void restoreDefaultLevel() {
        LogLevels.apply(LogLevel.INFO);
    }

    @Test
    void configuredLevelGovernsEveryLogger() {
        LogLevels.apply(LogLevel.DEBUG);
        assertTrue(anyLogger.isDebugEnabled());

        LogLevels.apply(LogLevel.WARN);
        assertFalse(anyLogger.isInfoEnabled());
        assertTrue(anyLogger.isWarnEnabled());
    }
}
