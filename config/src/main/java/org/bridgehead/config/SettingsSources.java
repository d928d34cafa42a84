package org.bridgehead.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything settings are read from, besides the defaults.
 *
 * @param explicitConfigFile  the file given with {@code --config}; it must exist. When empty, the
 *                            XDG default file is read if it exists.
 * @param setArgs             the {@code --set} arguments, each "key=value", in command-line order
 * @param environment         the process environment; only {@code BRIDGEHEAD_*} variables matter
 * @param ignoredVariables    {@code BRIDGEHEAD_*} variables that are not settings but are used by
 *                            the command itself (such as a password), so no warning is given
 */
public record SettingsSources(Optional<Path> explicitConfigFile, List<String> setArgs,
                              Map<String, String> environment, Set<String> ignoredVariables) {

    public SettingsSources {
        setArgs = List.copyOf(setArgs);
        environment = Map.copyOf(environment);
        ignoredVariables = Set.copyOf(ignoredVariables);
    }

    public SettingsSources(Optional<Path> explicitConfigFile, List<String> setArgs, Map<String, String> environment) {
        this(explicitConfigFile, setArgs, environment, Set.of());
    }

    /** The same sources, not warning about these non-setting {@code BRIDGEHEAD_*} variables. */
    public SettingsSources ignoring(Set<String> variables) {
        return new SettingsSources(explicitConfigFile, setArgs, environment, variables);
    }
}
