package org.bridgehead.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The gateway's logging, set up in code rather than from an XML file: reading logback.xml costs
 * the start-up a parser and a few hundred classes. Logs go to standard error, as standard output
 * carries the command's own results. A configuration of one's own still wins: the system property
 * {@code logback.configurationFile}, or a logback-test.xml or logback.xml on the class path.
 */
public final class ConsoleLogging extends ContextAwareBase implements Configurator {

    /** Connection id and user come from the MDC; the brackets are dropped when both are empty. */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} %replace([%X{conn} %X{user}] ){'\\[ \\] ', ''}%msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null || hasResource("logback-test.xml")
                || hasResource("logback.xml")) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        // HttpClient's header and wire logs would show Authorization headers: never below INFO.
        context.getLogger("org.apache.http.headers").setLevel(Level.INFO);
        context.getLogger("org.apache.http.wire").setLevel(Level.INFO);
        // ApacheDS's LDAP codec announces each of its dozens of factories at INFO: noise, and start-up time.
        context.getLogger("org.apache.directory").setLevel(Level.WARN);
        // The command sets the level from bridgehead.log.level once the settings are loaded.
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static boolean hasResource(String name) {
        return ConsoleLogging.class.getClassLoader().getResource(name) != null;
    }
}
