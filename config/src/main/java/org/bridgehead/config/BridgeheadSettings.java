package org.bridgehead.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every Bridgehead setting, each documented here and nowhere else. The order of {@link #ALL}
 * is the order in which {@code bridgehead config} lists them.
 */
public final class BridgeheadSettings {

    private static final String HOST = "[A-Za-z0-9.:%-]+";
    private static final String HOST_EXPECTED = "an IP address or host name";

    public static final Setting<Optional<URI>> EWS_URL = Setting.optionalUrl("bridgehead.ews.url",
            "Exchange Web Services endpoint, e.g. https://mail.example.com/EWS/Exchange.asmx; empty = not configured");
    public static final Setting<String> BIND = Setting.matching("bridgehead.bind", "127.0.0.1", HOST, HOST_EXPECTED,
            "Address the IMAP, SMTP, LDAP and CalDAV listeners bind to; 127.0.0.1 keeps them local");
    public static final Setting<Integer> IMAP_PORT = Setting.port("bridgehead.imap.port", 1143,
            "IMAP listener port; 0 = any free port");
    public static final Setting<Integer> SMTP_PORT = Setting.port("bridgehead.smtp.port", 1025,
            "SMTP submission listener port; 0 = any free port");
    public static final Setting<Integer> LDAP_PORT = Setting.port("bridgehead.ldap.port", 1389,
            "LDAP listener port; 0 = any free port");
    public static final Setting<Integer> CALDAV_PORT = Setting.port("bridgehead.caldav.port", 1080,
            "CalDAV/CardDAV listener port; 0 = any free port");

    public static final Setting<Duration> EWS_CONNECT_TIMEOUT = Setting.positiveDuration(
            "bridgehead.ews.connect.timeout", "10s", "Time allowed to open a connection to Exchange");
    public static final Setting<Duration> EWS_READ_TIMEOUT = Setting.positiveDuration(
            "bridgehead.ews.read.timeout", "60s", "Time allowed for Exchange to answer one EWS request");
    public static final Setting<Integer> EWS_RETRIES = Setting.integer("bridgehead.ews.retries", 3, 0, 10,
            "Retries of an EWS request after a transient failure (busy server, dropped connection)");
    public static final Setting<Duration> EWS_RETRY_BACKOFF = Setting.duration("bridgehead.ews.retry.backoff",
            "500ms", "Wait before the first retry; it doubles with each further retry");
    public static final Setting<Integer> EWS_MAX_CONNECTIONS = Setting.integer("bridgehead.ews.max.connections",
            20, 1, 1000, "Most HTTP connections open to Exchange at once");
    public static final Setting<Duration> SESSION_IDLE_TIMEOUT = Setting.positiveDuration(
            "bridgehead.session.idle.timeout", "30m", "Cached Exchange sessions expire after this idle time");

    public static final Setting<Path> CACHE_DIR = Setting.path("bridgehead.cache.dir",
            XdgDirectories::cacheDirectoryText,
            "Directory for cached message content and folder indexes; default $XDG_CACHE_HOME/bridgehead");

    public static final Setting<String> SIMULATOR_BIND = Setting.matching("bridgehead.simulator.bind", "127.0.0.1",
            HOST, HOST_EXPECTED, "Address the EWS simulator binds to");
    public static final Setting<Integer> SIMULATOR_PORT = Setting.port("bridgehead.simulator.port", 1180,
            "EWS simulator HTTP port; 0 = any free port");
    public static final Setting<Integer> SIMULATOR_SMTP_PORT = Setting.port("bridgehead.simulator.smtp.port", 1125,
            "EWS simulator inbound SMTP port, delivering mail to its users; 0 = any free port");
    public static final Setting<Integer> SIMULATOR_LATENCY_MS = Setting.integer("bridgehead.simulator.latency.ms",
            0, 0, 600_000, "Milliseconds the EWS simulator adds to every request");
    public static final Setting<Double> SIMULATOR_FAULT_RATE = Setting.decimal("bridgehead.simulator.fault.rate",
            0.0, 0.0, 1.0,
            "Share of EWS simulator requests that fail (HTTP 503, ErrorServerBusy or a dropped connection)");
    public static final Setting<SimulatorAuthScheme> SIMULATOR_AUTH = Setting.choice("bridgehead.simulator.auth",
            SimulatorAuthScheme.BASIC, "HTTP authentication scheme the EWS simulator offers: basic or ntlm");
    public static final Setting<String> SIMULATOR_SEED = Setting.matching("bridgehead.simulator.seed", "demo",
            "demo|generated:[1-9]\\d{0,5}:\\d{1,6}", "demo or generated:USERS:FOLDERS such as generated:10:50",
            "EWS simulator mailboxes: demo, or generated:USERS:FOLDERS (e.g. generated:10:50)");

    public static final Setting<LogLevel> LOG_LEVEL = Setting.choice("bridgehead.log.level", LogLevel.INFO,
            "Log verbosity: error, warn, info, debug or trace");

    /** Every setting above, in declaration order. */
    public static final List<Setting<?>> ALL = List.of(
            EWS_URL, BIND, IMAP_PORT, SMTP_PORT, LDAP_PORT, CALDAV_PORT,
            EWS_CONNECT_TIMEOUT, EWS_READ_TIMEOUT, EWS_RETRIES, EWS_RETRY_BACKOFF, EWS_MAX_CONNECTIONS,
            SESSION_IDLE_TIMEOUT, CACHE_DIR,
            SIMULATOR_BIND, SIMULATOR_PORT, SIMULATOR_SMTP_PORT, SIMULATOR_LATENCY_MS, SIMULATOR_FAULT_RATE,
            SIMULATOR_AUTH, SIMULATOR_SEED,
            LOG_LEVEL);

    private BridgeheadSettings() {
    }
}
