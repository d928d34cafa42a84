package org.bridgehead.config;

import java.util.Optional;

/** The wording of setting errors and warnings, so that every source reports alike. */
final class SettingsMessages {

    private static final String PREFIX = "bridgehead: ";

    private SettingsMessages() {
    }

    /** Secret values are never repeated back, not even when wrong. */
    static String invalidValue(Setting<?> setting, String text, Origin origin, InvalidValueException problem) {
        String value = setting.isSecret() ? "" : " '" + text + "'";
        return PREFIX + "invalid value" + value + " for " + setting.key() + " (from " + origin.location() + "): "
                + problem.getMessage();
    }

    static String unknownSetting(String name, Origin origin, Optional<String> suggestion) {
        return PREFIX + "unknown setting " + name + " (from " + origin.location() + ")"
                + suggestion.map(closest -> "; did you mean " + closest + "?").orElse("");
    }

    static String problem(String text) {
        return PREFIX + text;
    }
}
