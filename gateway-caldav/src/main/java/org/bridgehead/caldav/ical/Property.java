package org.bridgehead.caldav.ical;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One content line of iCalendar (RFC 5545 3.1) or vCard (RFC 6350 3.3): name, parameters and the
 * raw value (escapes kept, so writing it back gives the same line).
 *
 * @param group  a vCard group ({@code item1.EMAIL}), or empty
 * @param name   upper case
 * @param params parameter names upper case, values without quotes
 */
public record Property(String group, String name, Map<String, List<String>> params, String value) {

    public Property {
        name = name.toUpperCase(Locale.ROOT);
        params = Map.copyOf(params);
    }

    public Optional<String> param(String paramName) {
        List<String> values = params.get(paramName.toUpperCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The value with TEXT escapes (RFC 5545 3.3.11) resolved. */
    public String text() {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
