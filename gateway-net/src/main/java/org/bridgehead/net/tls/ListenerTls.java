package org.bridgehead.net.tls;

import java.util.Objects;
import java.util.Optional;

/**
 * What TLS a plain listener offers.
 *
 * @param startTls the context STARTTLS upgrades with; empty: STARTTLS is not offered
 * @param required no sign-in (LOGIN, AUTH, bind) before the connection is encrypted
 */
public record ListenerTls(Optional<ServerTls> startTls, boolean required) {

    public ListenerTls {
        Objects.requireNonNull(startTls, "startTls");
        if (required && startTls.isEmpty()) {
            throw new IllegalArgumentException("TLS cannot be required without a certificate to offer it");
        }
    }

    /** Plain text only, as in tests that do not deal with TLS. */
    public static ListenerTls none() {
        return new ListenerTls(Optional.empty(), false);
    }

    public static ListenerTls offered(ServerTls tls, boolean required) {
        return new ListenerTls(Optional.of(tls), required);
    }
}
