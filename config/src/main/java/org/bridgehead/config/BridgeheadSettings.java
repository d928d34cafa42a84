package org.bridgehead.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

    public static final Setting<Integer> IMAP_MAX_CONNECTIONS = Setting.integer("bridgehead.imap.max.connections",
            64, 1, 10_000, "Most IMAP connections served at once; more are refused with BYE");
    public static final Setting<Duration> IMAP_TIMEOUT = Setting.positiveDuration("bridgehead.imap.timeout", "30m",
            "An authenticated IMAP client silent (or idling) this long is logged out; RFC 3501 asks for 30 minutes");
    public static final Setting<Duration> IMAP_LOGIN_TIMEOUT = Setting.positiveDuration("bridgehead.imap.login.timeout",
            "60s", "An IMAP client that has not logged in within this silence is disconnected");
    public static final Setting<Integer> IMAP_MAX_LITERAL_MB = Setting.integer("bridgehead.imap.max.literal.mb", 64, 1,
            2048, "Largest IMAP literal (an APPENDed message) accepted, in MB; larger ones get BAD");
    public static final Setting<Boolean> IMAP_AUTO_EXPUNGE = Setting.bool("bridgehead.imap.auto.expunge", false,
            "Expunge a message as soon as an IMAP client marks it \\Deleted, instead of at EXPUNGE or CLOSE");
    public static final Setting<Boolean> IMAP_EXACT_SIZES = Setting.bool("bridgehead.imap.exact.sizes", false,
            "Download a message before reporting its RFC822.SIZE, so the size always equals the BODY[] length; "
                    + "off: Exchange's size estimate stands until the content is read, as Exchange's own IMAP does");
    public static final Setting<Duration> IMAP_AUTH_DELAY = Setting.duration("bridgehead.imap.auth.delay", "500ms",
            "Wait before answering a failed IMAP login; it doubles with each further failure of the connection or user");
    public static final Setting<Duration> IMAP_AUTH_DELAY_MAX = Setting.duration("bridgehead.imap.auth.delay.max",
            "8s", "Longest wait before answering a failed IMAP login");

    public static final Setting<Integer> SMTP_MAX_CONNECTIONS = Setting.integer("bridgehead.smtp.max.connections",
            64, 1, 10_000, "Most SMTP connections served at once; more are refused with 421");
    public static final Setting<Duration> SMTP_TIMEOUT = Setting.positiveDuration("bridgehead.smtp.timeout", "5m",
            "An SMTP client silent this long, in a command or inside DATA, is disconnected (RFC 5321 4.5.3.2.7)");
    public static final Setting<Integer> SMTP_MAX_MESSAGE_MB = Setting.integer("bridgehead.smtp.max.message.mb", 64,
            1, 2048, "Largest message accepted over SMTP, in MB, as announced by SIZE; larger ones get 552");
    public static final Setting<Boolean> SMTP_SAVE_IN_SENT = Setting.bool("bridgehead.smtp.save.in.sent", true,
            "Keep a copy of every message sent over SMTP in the sender's Sent Items (Bcc recipients included)");
    public static final Setting<Duration> SMTP_DUPLICATE_WINDOW = Setting.duration(
            "bridgehead.smtp.duplicate.window", "10m",
            "A message sent again within this time (same user, Message-ID and recipients) is acknowledged"
                    + " but not sent twice, as when a client retries after a lost reply; 0 = always send");

    public static final Setting<Boolean> LDAP_ENABLED = Setting.bool("bridgehead.ldap.enabled", true,
            "Serve the LDAP directory; false leaves port bridgehead.ldap.port closed");
    public static final Setting<Integer> LDAP_MAX_CONNECTIONS = Setting.integer("bridgehead.ldap.max.connections",
            64, 1, 10_000, "Most LDAP connections served at once; more are closed at once");
    public static final Setting<Duration> LDAP_TIMEOUT = Setting.positiveDuration("bridgehead.ldap.timeout", "5m",
            "An LDAP client silent this long is disconnected");
    public static final Setting<Integer> LDAP_SIZE_LIMIT = Setting.integer("bridgehead.ldap.size.limit", 1000, 1,
            100_000, "Most entries one LDAP search returns (a client's smaller size limit wins); more give"
                    + " sizeLimitExceeded, or further pages with the paged results control");
    public static final Setting<Integer> LDAP_MAX_REQUEST_KB = Setting.integer("bridgehead.ldap.max.request.kb", 256,
            1, 65_536, "Largest LDAP request accepted, in KB; a larger one closes the connection");

    public static final Setting<Integer> CALDAV_MAX_CONNECTIONS = Setting.integer("bridgehead.caldav.max.connections",
            64, 4, 10_000, "Most CalDAV/CardDAV requests served at once; more wait for a free worker");
    public static final Setting<Duration> CALDAV_TIMEOUT = Setting.positiveDuration("bridgehead.caldav.timeout", "5m",
            "A CalDAV/CardDAV connection silent this long is closed");
    public static final Setting<Integer> CALDAV_MAX_REQUEST_MB = Setting.integer("bridgehead.caldav.max.request.mb",
            16, 1, 1024, "Largest CalDAV/CardDAV request body accepted, in MB; a larger one gets 413");

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
    public static final Setting<Integer> EWS_BATCH_SIZE = Setting.integer("bridgehead.ews.batch.size", 100, 1, 1000,
            "Messages per GetItem of full content when a command covers many");
    public static final Setting<Integer> EWS_ID_BATCH_SIZE = Setting.integer("bridgehead.ews.batch.ids", 1000, 1, 1000,
            "Messages per EWS request that names them without content (MoveItem, CopyItem, DeleteItem, UpdateItem,"
                    + " GetItem of headers); Exchange takes at most 1000");
    public static final Setting<Duration> SESSION_IDLE_TIMEOUT = Setting.positiveDuration(
            "bridgehead.session.idle.timeout", "30m", "Cached Exchange sessions expire after this idle time");

    public static final Setting<Integer> SESSION_MAX = Setting.integer("bridgehead.session.max", 200, 1, 100000,
            "Most Exchange sessions cached at once (one per user and password); the least recently used goes first");

    public static final Setting<Duration> DIRECTORY_CACHE_TTL = Setting.duration("bridgehead.directory.cache.ttl",
            "60s", "How long a user's directory searches are reused (typing \"a\", \"al\", \"ali\" costs one"
                    + " Exchange call); per user and password, never shared; 0 = always ask Exchange");

    public static final Setting<Path> CACHE_DIR = Setting.path("bridgehead.cache.dir",
            XdgDirectories::cacheDirectoryText,
            "Directory for cached message content and folder indexes; default $XDG_CACHE_HOME/bridgehead");
    public static final Setting<Integer> CACHE_MEMORY_MB = Setting.integer("bridgehead.cache.memory.mb", 64, 1,
            65_536, "Memory for cached message content (MIME), in MB, shared by all users of the process");

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
            SimulatorAuthScheme.BASIC, "HTTP authentication scheme the EWS simulator offers: basic, ntlm or oauth (bearer tokens from its"
                    + " identity provider, as Exchange Online)");
    public static final Setting<String> SIMULATOR_SMARTHOST = Setting.matching("bridgehead.simulator.smarthost", "",
            "|(" + HOST + "|\\[[0-9A-Fa-f:.%]+\\]):([1-9]\\d{0,3}|[1-5]\\d{4}|6[0-4]\\d{3}|65[0-4]\\d{2}|655[0-2]\\d|6553[0-5])",
            "empty or HOST:PORT such as 127.0.0.1:25",
            "SMTP server (HOST:PORT) the EWS simulator relays mail for outside recipients to; empty = keep it in memory");
    public static final Setting<Duration> SIMULATOR_KEEPALIVE = Setting.positiveDuration("bridgehead.simulator.keepalive",
            "30s", "How often the EWS simulator sends ConnectionStatus OK on an idle streaming notification connection");
    public static final Setting<Integer> SIMULATOR_THREADS = Setting.integer("bridgehead.simulator.threads", 64, 2,
            4096, "EWS simulator request threads; half of them at most serve held-open streaming notification "
                    + "requests (one per watching user), so a simulated server for many users needs more");
    public static final Setting<Integer> SIMULATOR_MAX_MESSAGE_MB = Setting.integer("bridgehead.simulator.max.message.mb",
            35, 1, 1024, "Largest message the EWS simulator accepts, in MiB (ErrorMessageSizeExceeded beyond; "
                    + "Exchange Online's default is 35)");
    public static final Setting<String> SIMULATOR_SEED = Setting.matching("bridgehead.simulator.seed", "demo",
            "demo|generated:[1-9]\\d{0,5}:\\d{1,6}(:\\d{1,7}(:\\d{1,7})?)?(\\+people:\\d{1,6})?",
            "demo or generated:USERS:FOLDERS[:INBOX_MESSAGES[:LARGE_MESSAGES]] such as generated:1:50:10000:10",
            "EWS simulator mailboxes: demo, or generated:USERS:FOLDERS (e.g. generated:10:50); +people:N adds N"
                    + " generated colleagues to the directory (e.g. generated:1:0+people:10000)");

    public static final Setting<LogLevel> LOG_LEVEL = Setting.choice("bridgehead.log.level", LogLevel.INFO,
            "Log verbosity: error, warn, info, debug or trace");

    /** Every setting above, in declaration order, then those of {@link TlsSettings} and {@link SignInSettings}. */
    public static final List<Setting<?>> ALL = Stream.concat(Stream.of(
            EWS_URL, BIND, IMAP_PORT, SMTP_PORT, LDAP_PORT, CALDAV_PORT,
            IMAP_MAX_CONNECTIONS, IMAP_TIMEOUT, IMAP_LOGIN_TIMEOUT, IMAP_MAX_LITERAL_MB, IMAP_AUTO_EXPUNGE, IMAP_EXACT_SIZES,
            IMAP_AUTH_DELAY, IMAP_AUTH_DELAY_MAX,
            SMTP_MAX_CONNECTIONS, SMTP_TIMEOUT, SMTP_MAX_MESSAGE_MB, SMTP_SAVE_IN_SENT, SMTP_DUPLICATE_WINDOW,
            LDAP_ENABLED, LDAP_MAX_CONNECTIONS, LDAP_TIMEOUT, LDAP_SIZE_LIMIT, LDAP_MAX_REQUEST_KB,
            CALDAV_MAX_CONNECTIONS, CALDAV_TIMEOUT, CALDAV_MAX_REQUEST_MB,
            EWS_CONNECT_TIMEOUT, EWS_READ_TIMEOUT, EWS_RETRIES, EWS_RETRY_BACKOFF, EWS_MAX_CONNECTIONS,
            EWS_BATCH_SIZE, EWS_ID_BATCH_SIZE, SESSION_IDLE_TIMEOUT, SESSION_MAX, DIRECTORY_CACHE_TTL, CACHE_DIR,
            CACHE_MEMORY_MB,
            SIMULATOR_BIND, SIMULATOR_PORT, SIMULATOR_SMTP_PORT, SIMULATOR_LATENCY_MS, SIMULATOR_FAULT_RATE,
            SIMULATOR_AUTH, SIMULATOR_SMARTHOST, SIMULATOR_KEEPALIVE, SIMULATOR_THREADS, SIMULATOR_MAX_MESSAGE_MB, SIMULATOR_SEED,
            LOG_LEVEL), Stream.concat(TlsSettings.ALL.stream(), SignInSettings.ALL.stream())).toList();

    private BridgeheadSettings() {
    }
}
