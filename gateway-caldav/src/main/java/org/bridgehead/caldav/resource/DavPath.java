package org.bridgehead.caldav.resource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bridgehead.caldav.http.DavException;

/**
 * A request path as its decoded segments, and the way back to an href. Clients choose item names
 * (often with {@code @}, spaces or non-ASCII letters); an href must give the same name back.
 */
public record DavPath(List<String> segments, boolean trailingSlash) {

    public DavPath {
        segments = List.copyOf(segments);
    }

    /** Decodes a raw (percent-encoded) path; 400 for a malformed escape or a dot segment. */
    public static DavPath parse(String rawPath) throws DavException {
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            String segment = decode(raw);
            if (segment.equals(".") || segment.equals("..") || segment.indexOf('/') >= 0 || segment.indexOf(0) >= 0) {
                throw DavException.badRequest("path segment not allowed: " + raw);
            }
            segments.add(segment);
        }
        return new DavPath(segments, rawPath.endsWith("/"));
    }

    public int size() {
        return segments.size();
    }

    public String segment(int index) {
        return segments.get(index);
    }

    /** The segments from {@code from} on. */
    public List<String> tail(int from) {
        return segments.subList(Math.min(from, segments.size()), segments.size());
    }

    /** The href of this path; collections end in a slash. */
    public String href(boolean collection) {
        StringBuilder href = new StringBuilder();
        for (String segment : segments) {
            href.append('/').append(encode(segment));
        }
        if (collection || href.isEmpty()) {
            href.append('/');
        }
        return href.toString();
    }

    /** The href of a member of the collection at {@code collectionHref}. */
    public static String child(String collectionHref, String name, boolean collection) {
        String base = collectionHref.endsWith("/") ? collectionHref : collectionHref + "/";
        return base + encode(name) + (collection ? "/" : "");
    }

    /** The last segment of an href, decoded: the name of the item it points to. */
    public static String lastSegment(String href) throws DavException {
        DavPath path = parse(stripOrigin(href));
        if (path.size() == 0) {
            throw DavException.badRequest("href names no item: " + href);
        }
        return path.segment(path.size() - 1);
    }

    /** The path of an href that may carry scheme and host. */
    public static String stripOrigin(String href) {
        int scheme = href.indexOf("://");
        if (scheme > 0 && scheme < 10) {
            int slash = href.indexOf('/', scheme + 3);
            return slash < 0 ? "/" : href.substring(slash);
        }
        return href;
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters, '@' and a few sub-delims. */
    public static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~@!$'()*+,;=:".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String decode(String raw) throws DavException {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw DavException.badRequest("malformed percent escape in " + raw);
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw DavException.badRequest("malformed percent escape in " + raw);
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                int next = raw.indexOf('%', i);
                int end = next < 0 ? raw.length() : next;
                byte[] utf8 = raw.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i = end - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
