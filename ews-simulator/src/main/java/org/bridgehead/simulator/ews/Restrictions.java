package org.bridgehead.simulator.ews;

import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.w3c.dom.Element;

/**
 * Turns a t:Restriction into a predicate over folders or items, whose property values a
 * {@link Values} function reads. As in MAPI, a comparison with a property the object does not
 * have is false (IsNotEqualTo included); Exists tests presence; a multi-valued property (a List)
 * matches when one of its values does.
 */
final class Restrictions {
    private Restrictions() {
    }

    /** Reads a property of an object: String, Long, Boolean, Instant or a List of those; empty when absent. */
    @FunctionalInterface
    interface Values<T> {
        Optional<Object> value(T object, PropertyPath path);
    }

    /** Parses m:Restriction (its single child is the search expression); absent means everything. */
    static <T> Predicate<T> read(Optional<Element> restriction, Values<T> values) throws SoapFaultException {
        if (restriction.isEmpty()) {
            return f -> true;
        }
        List<Element> expression = Dom.children(restriction.get());
        if (expression.size() != 1) {
            throw Dom.schemaViolation("Restriction must hold one expression");
        }
        return parse(expression.get(0), values);
    }

    static <T> Predicate<T> parse(Element e, Values<T> values) throws SoapFaultException {
        switch (e.getLocalName()) {
            case "And", "Or" -> {
                List<Predicate<T>> parts = new ArrayList<>();
                for (Element child : Dom.children(e)) {
                    parts.add(parse(child, values));
                }
                boolean and = "And".equals(e.getLocalName());
                return f -> and ? parts.stream().allMatch(p -> p.test(f)) : parts.stream().anyMatch(p -> p.test(f));
            }
            case "Not" -> {
                List<Element> children = Dom.children(e);
                if (children.size() != 1) {
                    throw Dom.schemaViolation("Not must hold one expression");
                }
                return parse(children.get(0), values).negate();
            }
            case "Exists" -> {
                PropertyPath path = path(e);
                return f -> values.value(f, path).isPresent();
            }
            case "IsEqualTo", "IsNotEqualTo", "IsGreaterThan", "IsGreaterThanOrEqualTo", "IsLessThan",
                    "IsLessThanOrEqualTo" -> {
                return comparison(e, values);
            }
            case "Contains" -> {
                return contains(e, values);
            }
            case "Excludes" -> {
                PropertyPath path = path(e);
                long mask = bitmask(e);
                return f -> values.value(f, path)
                        .filter(v -> v instanceof Long)
                        .map(v -> ((Long) v & mask) == 0)
                        .orElse(false);
            }
            default -> throw Dom.schemaViolation("unsupported restriction " + e.getLocalName());
        }
    }

    private static <T> Predicate<T> comparison(Element e, Values<T> values) throws SoapFaultException {
        PropertyPath path = path(e);
        Element operand = Dom.required(e, "FieldURIOrConstant");
        Optional<Element> constant = Dom.child(operand, "Constant");
        Optional<PropertyPath> otherPath = PropertyPaths.firstChild(operand);
        if (constant.isEmpty() && otherPath.isEmpty()) {
            throw Dom.schemaViolation("FieldURIOrConstant needs a Constant or a property");
        }
        String operator = e.getLocalName();
        return f -> {
            Optional<Object> actual = values.value(f, path);
            Optional<Object> expected = constant.isPresent()
                    ? Optional.of(constant.get().getAttribute("Value"))
                    : values.value(f, otherPath.get());
            if (actual.isEmpty() || expected.isEmpty()) {
                return false;
            }
            return elements(actual.get()).stream().anyMatch(a -> matches(operator, compare(a, expected.get())));
        };
    }

    private static boolean matches(String operator, Optional<Integer> order) {
        if (order.isEmpty()) {
            return false;
        }
        int c = order.get();
        return switch (operator) {
            case "IsEqualTo" -> c == 0;
            case "IsNotEqualTo" -> c != 0;
            case "IsGreaterThan" -> c > 0;
            case "IsGreaterThanOrEqualTo" -> c >= 0;
            case "IsLessThan" -> c < 0;
            default -> c <= 0;
        };
    }

    private static List<?> elements(Object value) {
        return value instanceof List<?> list ? list : List.of(value);
    }

    private static <T> Predicate<T> contains(Element e, Values<T> values) throws SoapFaultException {
        PropertyPath path = path(e);
        String wanted = Dom.required(e, "Constant").getAttribute("Value");
        String mode = Dom.attribute(e, "ContainmentMode").orElse("FullString");
        String comparison = Dom.attribute(e, "ContainmentComparison").orElse("Exact");
        boolean ignoreCase = comparison.contains("IgnoreCase") || comparison.startsWith("Loose");
        boolean ignoreAccents = comparison.contains("NonSpac");
        String needle = normalize(wanted, ignoreCase, ignoreAccents);
        return f -> values.value(f, path).stream()
                .flatMap(v -> elements(v).stream())
                .filter(v -> v instanceof String)
                .map(v -> normalize((String) v, ignoreCase, ignoreAccents))
                .anyMatch(haystack -> switch (mode) {
                    case "Prefixed" -> haystack.startsWith(needle);
                    case "Substring", "ExactPhrase" -> haystack.contains(needle);
                    case "PrefixOnWords" -> List.of(haystack.split("\\s+")).stream().anyMatch(w -> w.startsWith(needle));
                    default -> haystack.equals(needle);
                });
    }

    /** Compares a property value with an operand; empty when they cannot be compared. */
    private static Optional<Integer> compare(Object actual, Object expected) {
        try {
            if (actual instanceof Long a) {
                long b = expected instanceof Long l ? l : parseLong(String.valueOf(expected));
                return Optional.of(Long.compare(a, b));
            }
            if (actual instanceof Boolean a) {
                return XsBoolean.parse(String.valueOf(expected)).map(b -> a.equals(b) ? 0 : 1);
            }
            if (actual instanceof Instant a) {
                Instant b = expected instanceof Instant i ? i : parseInstant(String.valueOf(expected).trim());
                return Optional.of(a.compareTo(b));
            }
            return Optional.of(Integer.signum(String.valueOf(actual).compareToIgnoreCase(String.valueOf(expected))));
        } catch (NumberFormatException | DateTimeParseException ex) {
            return Optional.empty();
        }
    }

    /** xs:dateTime as clients write it: with Z, with an offset, or without a zone (then UTC). */
    static Instant parseInstant(String text) {
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC);
        }
    }

    private static long bitmask(Element excludes) throws SoapFaultException {
        try {
            return parseLong(Dom.required(excludes, "Bitmask").getAttribute("Value"));
        } catch (NumberFormatException ex) {
            throw Dom.schemaViolation("Bitmask Value is not a number");
        }
    }

    private static PropertyPath path(Element e) throws SoapFaultException {
        return PropertyPaths.firstChild(e)
                .orElseThrow(() -> Dom.schemaViolation(e.getLocalName() + " needs a property"));
    }

    private static long parseLong(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return t.startsWith("0x") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
    }

    private static String normalize(String s, boolean ignoreCase, boolean ignoreAccents) {
        String result = ignoreAccents ? Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "") : s;
        return ignoreCase ? result.toLowerCase(Locale.ROOT) : result;
    }
}
