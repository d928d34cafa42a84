package org.bridgehead.app;

import ch.qos.logback.classic.Level;
import org.bridgehead.config.LogLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the {@code bridgehead.log.level} setting to the logging backend once settings are known. */
public final class LogLevels {

    private LogLevels() {
    }

    public static void apply(LogLevel level) {
        // Only logback can be reconfigured here; under another SLF4J backend its own configuration rules.
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.toLevel(level.name()));
        }
    }
}
