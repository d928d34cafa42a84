package org.bridgehead.smtp.protocol;

import java.util.Locale;

/**
 * A command line split into its verb and the rest.
 *
 * @param verb the command name in upper case ({@code MAIL}, {@code EHLO} ...)
 * @param argument everything after the first space, without trailing spaces; empty if none
 */
public record CommandLine(String verb, String argument) {

    public static CommandLine parse(String line) {
        String trimmed = line.stripTrailing();
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            return new CommandLine(trimmed.toUpperCase(Locale.ROOT), "");
        }
        return new CommandLine(trimmed.substring(0, space).toUpperCase(Locale.ROOT), trimmed.substring(space + 1).stripLeading());
    }

    public boolean hasArgument() {
        return !argument.isEmpty();
    }
}
