package org.bridgehead.imap.protocol.mime;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.internet.ParseException;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed Content-Type. Type and subtype are lower case. A missing header gives the
 * context's default (text/plain, or message/rfc822 inside multipart/digest); an unparsable
 * one gives {@code text/plain; charset=us-ascii}, as RFC 2045 5.2 asks.
 *
 * @param type       e.g. {@code text}
 * @param subtype    e.g. {@code plain}
 * @param parameters in header order
 */
record MediaType(String type, String subtype, List<MimeParameter> parameters) {

    /** The charset default (US-ASCII) is added where the structure is written. */
    static final MediaType TEXT_PLAIN = new MediaType("text", "plain", List.of());
    static final MediaType MESSAGE_RFC822 = new MediaType("message", "rfc822", List.of());

    MediaType {
        type = type.toLowerCase(Locale.ROOT);
        subtype = subtype.toLowerCase(Locale.ROOT);
        parameters = List.copyOf(parameters);
    }

    /** Parses a header value with jakarta.mail. */
    static MediaType parse(Optional<String> headerValue, MediaType missingDefault) {
        if (headerValue.isEmpty() || headerValue.get().isBlank()) {
            return missingDefault;
        }
        try {
            ContentType parsed = new ContentType(headerValue.get());
            if (parsed.getPrimaryType() == null || parsed.getSubType() == null) {
                return TEXT_PLAIN;
            }
            return new MediaType(parsed.getPrimaryType(), parsed.getSubType(), parameters(parsed.getParameterList()));
        } catch (ParseException | RuntimeException e) {
            return TEXT_PLAIN;
        }
    }

    static List<MimeParameter> parameters(ParameterList list) {
        List<MimeParameter> parameters = new ArrayList<>();
        if (list == null) {
            return parameters;
        }
        Enumeration<String> names = list.getNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            String value = list.get(name);
            if (value != null) {
                parameters.add(new MimeParameter(name, value));
            }
        }
        return parameters;
    }

    public Optional<String> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equalsIgnoreCase(name)).map(MimeParameter::value).findFirst();
    }

    public boolean isMultipart() {
        return type.equals("multipart");
    }

    /** message/rfc822: the body is a whole message with its own structure and envelope. */
    public boolean isMessage() {
        return type.equals("message") && subtype.equals("rfc822");
    }

    public boolean isText() {
        return type.equals("text");
    }
}
