package org.bridgehead.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The settings of TLS, on the listeners and toward Exchange, each documented here and nowhere
 * else; part of {@link BridgeheadSettings#ALL}.
 */
public final class TlsSettings {

    public static final Setting<Optional<Path>> CERT = Setting.optionalPath("bridgehead.tls.cert",
            "The listeners' certificate: a PEM file (chain, may hold the key too) or a PKCS#12 file (.p12/.pfx);"
                    + " empty = a self-signed one for localhost, made on first start under bridgehead.data.dir");
    public static final Setting<Optional<Path>> KEY = Setting.optionalPath("bridgehead.tls.key",
            "PEM private key of bridgehead.tls.cert, when it is not in the certificate file");
    public static final Setting<String> PASSWORD = Setting.string("bridgehead.tls.password", "",
            "Password of a PKCS#12 bridgehead.tls.cert").secret();

    public static final Setting<Optional<Integer>> IMAPS_PORT = Setting.optionalPort("bridgehead.imaps.port",
            "IMAP over TLS from the first byte (993-style) on this port; empty = off, 0 = any free port");
    public static final Setting<Optional<Integer>> SMTPS_PORT = Setting.optionalPort("bridgehead.smtps.port",
            "SMTP submission over TLS from the first byte (465-style) on this port; empty = off, 0 = any free port");
    public static final Setting<Optional<Integer>> LDAPS_PORT = Setting.optionalPort("bridgehead.ldaps.port",
            "LDAP over TLS from the first byte (636-style) on this port; empty = off, 0 = any free port");
    public static final Setting<Optional<Integer>> CALDAVS_PORT = Setting.optionalPort("bridgehead.caldavs.port",
            "CalDAV/CardDAV over HTTPS (the plain service of bridgehead.caldav.port, over TLS) on this port;"
                    + " empty = off, 0 = any free port");
    public static final Setting<Boolean> IMAP_REQUIRED = Setting.bool("bridgehead.imap.tls.required", false,
            "Refuse IMAP LOGIN and AUTHENTICATE on a connection not yet encrypted (STARTTLS first)");
    public static final Setting<Boolean> SMTP_REQUIRED = Setting.bool("bridgehead.smtp.tls.required", false,
            "Refuse SMTP AUTH on a connection not yet encrypted (STARTTLS first)");
    public static final Setting<Boolean> LDAP_REQUIRED = Setting.bool("bridgehead.ldap.tls.required", false,
            "Refuse an LDAP bind with a password on a connection not yet encrypted (StartTLS first)");

    public static final Setting<Optional<Path>> EWS_TRUST = Setting.optionalPath("bridgehead.ews.trust",
            "PEM file of extra CA certificates trusted for Exchange and its identity provider, beside the"
                    + " system's trust store");
    public static final Setting<String> EWS_PIN = Setting.matching("bridgehead.ews.pin", "",
            "|[0-9A-Fa-f]{2}(:?[0-9A-Fa-f]{2}){31}", "empty or a SHA-256 fingerprint (64 hex digits, colons allowed)",
            "SHA-256 fingerprint of Exchange's certificate to accept even when no trusted CA signed it");

    public static final Setting<Path> DATA_DIR = Setting.path("bridgehead.data.dir",
            XdgDirectories::dataDirectoryText,
            "Directory for the gateway's own certificate and the users' sign-in tokens (0700);"
                    + " default $XDG_DATA_HOME/bridgehead");

    /** Every setting above, in declaration order. */
    public static final List<Setting<?>> ALL = List.of(CERT, KEY, PASSWORD, IMAPS_PORT, SMTPS_PORT, LDAPS_PORT,
            CALDAVS_PORT, IMAP_REQUIRED, SMTP_REQUIRED, LDAP_REQUIRED, EWS_TRUST, EWS_PIN, DATA_DIR);

    private TlsSettings() {
    }
}
