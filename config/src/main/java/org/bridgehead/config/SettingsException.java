package org.bridgehead.config;

import java.util.List;

/**
 * Settings that cannot be used. The message lists every error, one per line, ready to print;
 * the warnings found on the way are kept so they can be shown too.
 */
public final class SettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> errors;
    private final List<String> warnings;

    public SettingsException(List<String> errors, List<String> warnings) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
    }

    public List<String> errors() {
        return errors;
    }

    public List<String> warnings() {
        return warnings;
    }
}
