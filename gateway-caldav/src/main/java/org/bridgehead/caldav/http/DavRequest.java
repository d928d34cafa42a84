package org.bridgehead.caldav.http;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.bridgehead.caldav.resource.DavPath;
import org.bridgehead.exchange.ExchangeSession;

/**
 * One authenticated request: method, decoded path, the headers a DAV method reads, the body (read
 * whole, within the configured bound) and the user's Exchange session.
 *
 * @param headers lower-case header names to values
 */
public record DavRequest(String method, DavPath path, Map<String, String> headers, byte[] body,
                         ExchangeSession session) {

    public DavRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public boolean hasBody() {
        return body.length > 0 && !new String(body, StandardCharsets.UTF_8).isBlank();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The user's primary address, which names their principal and home. */
    public String address() {
        return session.primaryAddress();
    }

    /** Depth 0 or 1 (RFC 4918 10.2); absent is {@code fallback}; infinity is refused (propfind-finite-depth). */
    public int depth(int fallback) throws DavException {
        String depth = header("depth");
        if (depth == null || depth.isBlank()) {
            return fallback;
        }
        return switch (depth.trim().toLowerCase(Locale.ROOT)) {
            case "0" -> 0;
            case "1" -> 1;
            case "infinity" -> throw DavException.forbidden("Depth: infinity is not supported",
                    org.bridgehead.caldav.xml.DavNames.dav("propfind-finite-depth"));
            default -> throw DavException.badRequest("Depth must be 0, 1 or infinity: " + depth);
        };
    }
}
