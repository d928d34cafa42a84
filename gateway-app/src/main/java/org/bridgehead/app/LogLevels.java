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
            Level chosen = Level.toLevel(level.name());
            root.setLevel(chosen);
            // Jetty's HTTP parser logs every request header at DEBUG, Basic credentials included:
            // it never goes below INFO, and follows a stricter choice.
            root.getLoggerContext().getLogger("org.eclipse.jetty")
                    .setLevel(chosen.isGreaterOrEqual(Level.INFO) ? chosen : Level.INFO);
        }
    }
}
