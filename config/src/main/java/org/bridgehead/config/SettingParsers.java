package org.bridgehead.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Text-to-value conversions for each kind of setting. Each one is strict: anything it does not
 * recognise is an {@link InvalidValueException} naming the expected format, never a silent
 * fallback.
 */
final class SettingParsers {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,18}(\\.\\d{0,18})?|\\.\\d{1,18})");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,15})(ms|s|m|h|d)");
    private static final String DURATION_FORMAT = "such as 250ms, 30s, 5m, 2h or 1d";

    private SettingParsers() {
    }

    static Function<String, String> anyText() {
        return text -> text;
    }

    static Function<String, String> matching(Pattern pattern, String expectation) {
        return text -> {
            if (!pattern.matcher(text).matches()) {
                throw new InvalidValueException("expected " + expectation);
            }
            return text;
        };
    }

    static Function<String, Integer> wholeNumber(int min, int max, String expectation) {
        return text -> {
            String expected = "expected " + expectation + " " + min + "-" + max;
            if (!WHOLE_NUMBER.matcher(text).matches()) {
                throw new InvalidValueException(expected);
            }
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw new InvalidValueException(expected);
            }
            return (int) value;
        };
    }

    static Function<String, Double> decimal(double min, double max) {
        return text -> {
            String expected = "expected a number " + min + "-" + max;
            if (!DECIMAL.matcher(text).matches()) {
                throw new InvalidValueException(expected);
            }
            double value = Double.parseDouble(text);
            if (value < min || value > max) {
                throw new InvalidValueException(expected);
            }
            return value;
        };
    }

    static Function<String, Boolean> bool() {
        return text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new InvalidValueException("expected true/false, yes/no or on/off");
        };
    }

    /** Durations always carry a unit: a bare "30" could mean seconds or milliseconds. */
    static Function<String, Duration> duration(boolean zeroAllowed) {
        return text -> {
            String expected = zeroAllowed
                    ? "expected a duration " + DURATION_FORMAT
                    : "expected a positive duration " + DURATION_FORMAT;
            Matcher matcher = DURATION.matcher(text);
            if (!matcher.matches()) {
                throw new InvalidValueException(expected);
            }
            long amount = Long.parseLong(matcher.group(1));
            Duration value;
            try {
                value = switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
            } catch (ArithmeticException tooLarge) {
                throw new InvalidValueException(expected);
            }
            if (value.isZero() && !zeroAllowed) {
                throw new InvalidValueException(expected);
            }
            return value;
        };
    }

    /** "~" and "~/..." expand to the home directory of the user running the JVM. */
    static Function<String, Path> path() {
        return text -> {
            if (text.isEmpty()) {
                throw new InvalidValueException("expected a file system path");
            }
            try {
                Path home = Path.of(System.getProperty("user.home"));
                if (text.equals("~")) {
                    return home;
                }
                if (text.startsWith("~/")) {
                    return home.resolve(text.substring(2)).normalize();
                }
                return Path.of(text).normalize();
            } catch (InvalidPathException invalid) {
                throw new InvalidValueException("expected a file system path");
            }
        };
    }

    /** Empty means "not configured"; otherwise as {@link #path()}. */
    static Function<String, Optional<Path>> optionalPath() {
        Function<String, Path> path = path();
        return text -> text.isEmpty() ? Optional.empty() : Optional.of(path.apply(text));
    }

    /** Empty means "off"; otherwise a port, 0 asking for any free one. */
    static Function<String, Optional<Integer>> optionalPort() {
        Function<String, Integer> port = wholeNumber(0, 65535, "a port number, or nothing for off");
        return text -> text.isEmpty() ? Optional.empty() : Optional.of(port.apply(text));
    }

    static Function<String, URI> url() {
        return text -> parseHttpUrl(text, "expected an absolute http:// or https:// URL");
    }

    /** Empty means "not configured". */
    static Function<String, Optional<URI>> optionalUrl() {
        return text -> text.isEmpty()
                ? Optional.empty()
                : Optional.of(parseHttpUrl(text, "expected an absolute http:// or https:// URL, or nothing"));
    }

    private static URI parseHttpUrl(String text, String expected) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException malformed) {
            throw new InvalidValueException(expected);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidValueException(expected);
        }
        return uri;
    }

    /** Enum constants are written in lower case: {@code basic}, {@code ntlm}. */
    static <E extends Enum<E>> Function<String, E> choice(Class<E> type) {
        return text -> {
            for (E constant : type.getEnumConstants()) {
                if (textOf(constant).equals(text.toLowerCase(Locale.ROOT))) {
                    return constant;
                }
            }
            throw new InvalidValueException("expected one of " + Arrays.stream(type.getEnumConstants())
                    .map(SettingParsers::textOf)
                    .collect(Collectors.joining(", ")));
        };
    }

    static String textOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
