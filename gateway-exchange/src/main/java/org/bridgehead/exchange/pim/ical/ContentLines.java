package org.bridgehead.exchange.pim.ical;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes iCalendar content lines (RFC 5545 section 3.1): escaped text, quoted parameters, CRLF,
 * and lines folded at 75 octets without splitting a UTF-8 sequence.
 */
final class ContentLines {

    private static final int FOLD_AT = 75;

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is already in iCalendar syntax (a date, a number, a URI, a rule). */
    ContentLines raw(String name, Map<String, String> params, String value) {
        StringBuilder line = new StringBuilder(name);
        for (Map.Entry<String, String> param : params.entrySet()) {
            line.append(';').append(param.getKey()).append('=').append(paramValue(param.getValue()));
        }
        line.append(':').append(value);
        return line(line.toString());
    }

    ContentLines raw(String name, String value) {
        return raw(name, Map.of(), value);
    }

    /** A TEXT property, escaped. */
    ContentLines text(String name, String value) {
        return raw(name, Map.of(), escape(value));
    }

    /** A TEXT list property such as CATEGORIES. */
    ContentLines textList(String name, Collection<String> values) {
        return raw(name, values.stream().map(ContentLines::escape).collect(Collectors.joining(",")));
    }

    /** A DATE or DATE-TIME property, written as the value was given: a date, UTC, or a time with its TZID. */
    ContentLines time(String name, DateOrTime value) {
        return times(name, java.util.List.of(value));
    }

    ContentLines times(String name, Collection<DateOrTime> values) {
        DateOrTime first = values.iterator().next();
        Map<String, String> params = new LinkedHashMap<>();
        if (first.date()) {
            params.put("VALUE", "DATE");
        } else if (!first.utc()) {
            params.put("TZID", first.zone().getId());
        }
        return raw(name, params, values.stream().map(ContentLines::timeValue).collect(Collectors.joining(",")));
    }

    static String timeValue(DateOrTime value) {
        if (value.date()) {
            return value.localDate().format(IcalValues.DATE);
        }
        if (value.utc()) {
            return value.time().withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime().format(IcalValues.LOCAL_TIME)
                    + "Z";
        }
        return value.time().toLocalDateTime().format(IcalValues.LOCAL_TIME);
    }

    /** Lines that are already content lines (a property or component ical4j printed), unfolded. */
    ContentLines verbatim(String lines) {
        for (String line : lines.split("\r?\n")) {
            if (!line.isEmpty()) {
                line(line);
            }
        }
        return this;
    }

    ContentLines line(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= FOLD_AT) {
            out.append(line).append("\r\n");
            return this;
        }
        int lineOctets = 0;
        int limit = FOLD_AT;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int octets = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (lineOctets + octets > limit) {
                out.append("\r\n ");
                lineOctets = 0;
                limit = FOLD_AT - 1;
            }
            out.appendCodePoint(codePoint);
            lineOctets += octets;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
        return this;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String paramValue(String value) {
        String clean = value.replace("\"", "'");
        boolean quote = clean.chars().anyMatch(c -> c == ':' || c == ';' || c == ',');
        return quote ? '"' + clean + '"' : clean;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
