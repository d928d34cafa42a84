package org.bridgehead.caldav.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An answer to one request: status, headers and a body held in memory (DAV answers are XML or one
 * item; the listing of a large collection is a few megabytes at most).
 */
public record DavResponse(int status, Map<String, String> headers, String contentType, byte[] body) {

    public static final String XML = "application/xml; charset=utf-8";
    public static final String TEXT = "text/plain; charset=utf-8";

    public DavResponse {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    public static DavResponse empty(int status) {
        return new DavResponse(status, Map.of(), null, new byte[0]);
    }

    public static DavResponse xml(int status, byte[] body) {
        return new DavResponse(status, Map.of(), XML, body);
    }

    public static DavResponse text(int status, String message) {
        return new DavResponse(status, Map.of(), TEXT, (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public DavResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new DavResponse(status, more, contentType, body);
    }
}
