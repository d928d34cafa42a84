package org.bridgehead.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One typed, documented setting: its key, its default (as text, the way a user would write it),
 * a one-line description and the conversion from text to value. Settings are declared once, in
 * a registry such as {@link BridgeheadSettings}, and looked up by identity.
 *
 * @param <T> the type of the value
 */
public final class Setting<T> {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    private final String key;
    private final Function<Map<String, String>, String> defaultText;
    private final String description;
    private final Function<String, T> parser;
    private final boolean secret;

    private Setting(String key, Function<Map<String, String>, String> defaultText, String description,
                    Function<String, T> parser, boolean secret) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("setting key must be lower-case words joined by dots or dashes: " + key);
        }
        this.key = key;
        this.defaultText = defaultText;
        this.description = Objects.requireNonNull(description, "description");
        this.parser = parser;
        this.secret = secret;
        // A default that does not parse is a programming error: fail when the registry loads.
        try {
            parse(defaultText());
        } catch (InvalidValueException invalid) {
            throw new IllegalArgumentException("default of " + key + " is invalid: " + invalid.getMessage(), invalid);
        }
    }

    private static <T> Setting<T> of(String key, String defaultText, String description, Function<String, T> parser) {
        Objects.requireNonNull(defaultText, "defaultText");
        return new Setting<>(key, environment -> defaultText, description, parser, false);
    }

    /** Free text; anything goes, including nothing. */
    public static Setting<String> string(String key, String defaultValue, String description) {
        return of(key, defaultValue, description, SettingParsers.anyText());
    }

    /** Text that must match {@code regex}; the error says "expected " + {@code expectation}. */
    public static Setting<String> matching(String key, String defaultValue, String regex, String expectation,
                                           String description) {
        return of(key, defaultValue, description, SettingParsers.matching(Pattern.compile(regex), expectation));
    }

    public static Setting<Integer> integer(String key, int defaultValue, int min, int max, String description) {
        return of(key, String.valueOf(defaultValue), description,
                SettingParsers.wholeNumber(min, max, "a whole number"));
    }

    /** A TCP port 0-65535, where 0 asks the system for any free port. */
    public static Setting<Integer> port(String key, int defaultValue, String description) {
        return of(key, String.valueOf(defaultValue), description,
                SettingParsers.wholeNumber(0, 65535, "a port number"));
    }

    /** true/false, yes/no or on/off. */
    public static Setting<Boolean> bool(String key, boolean defaultValue, String description) {
        return of(key, String.valueOf(defaultValue), description, SettingParsers.bool());
    }

    /** A duration with a unit: 250ms, 30s, 5m, 2h, 1d; zero is allowed. */
    public static Setting<Duration> duration(String key, String defaultValue, String description) {
        return of(key, defaultValue, description, SettingParsers.duration(true));
    }

    /** A duration with a unit that must be more than zero, such as a network timeout. */
    public static Setting<Duration> positiveDuration(String key, String defaultValue, String description) {
        return of(key, defaultValue, description, SettingParsers.duration(false));
    }

    public static Setting<Double> decimal(String key, double defaultValue, double min, double max,
                                          String description) {
        return of(key, String.valueOf(defaultValue), description, SettingParsers.decimal(min, max));
    }

    /** A file system path; a leading {@code ~} is the user's home directory. */
    public static Setting<Path> path(String key, String defaultValue, String description) {
        return of(key, defaultValue, description, SettingParsers.path());
    }

    /**
     * A path whose default depends on the environment (XDG base directories). The default text
     * without any environment variable is {@code defaultText.apply(Map.of())}.
     */
    public static Setting<Path> path(String key, Function<Map<String, String>, String> defaultText,
                                     String description) {
        return new Setting<>(key, defaultText, description, SettingParsers.path(), false);
    }

    /** A file system path, or nothing (the default) for "not configured". */
    public static Setting<Optional<Path>> optionalPath(String key, String description) {
        return of(key, "", description, SettingParsers.optionalPath());
    }

    /** A TCP port (0: any free one), or nothing (the default) for a listener that is off. */
    public static Setting<Optional<Integer>> optionalPort(String key, String description) {
        return of(key, "", description, SettingParsers.optionalPort());
    }

    /** An absolute http:// or https:// URL. */
    public static Setting<URI> url(String key, String defaultValue, String description) {
        return of(key, defaultValue, description, SettingParsers.url());
    }

    /** An absolute http:// or https:// URL, or nothing (the default) for "not configured". */
    public static Setting<Optional<URI>> optionalUrl(String key, String description) {
        return of(key, "", description, SettingParsers.optionalUrl());
    }

    /** One of the constants of an enum, written in lower case. */
    public static <E extends Enum<E>> Setting<E> choice(String key, E defaultValue, String description) {
        return of(key, SettingParsers.textOf(defaultValue), description,
                SettingParsers.choice(defaultValue.getDeclaringClass()));
    }

    /** The same setting, with its value masked wherever settings are shown. */
    public Setting<T> secret() {
        return new Setting<>(key, defaultText, description, parser, true);
    }

    public String key() {
        return key;
    }

    /** The default as text, when no environment variable influences it. */
    public String defaultText() {
        return defaultText(Map.of());
    }

    /** The default as text, for settings whose default follows environment variables. */
    public String defaultText(Map<String, String> environment) {
        return defaultText.apply(environment);
    }

    public String description() {
        return description;
    }

    public boolean isSecret() {
        return secret;
    }

    /** The environment variable overriding this setting: upper case, dots and dashes as underscores. */
    public String environmentVariable() {
        return environmentVariableFor(key);
    }

    static String environmentVariableFor(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /**
     * Converts text to the typed value; surrounding white space is ignored.
     *
     * @throws InvalidValueException saying what was expected
     */
    public T parse(String text) {
        return parser.apply(text.strip());
    }

    @Override
    public String toString() {
        return key;
    }
}
