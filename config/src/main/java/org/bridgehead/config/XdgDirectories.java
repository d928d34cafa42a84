package org.bridgehead.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Bridgehead keeps its files, following the XDG Base Directory specification: a variable
 * that is unset, empty or relative is ignored and the home-directory fallback applies.
 */
final class XdgDirectories {

    private static final String APPLICATION = "bridgehead";

    private XdgDirectories() {
    }

    static Path configFile(Map<String, String> environment) {
        Path configHome = absoluteVariable(environment, "XDG_CONFIG_HOME")
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".config"));
        return configHome.resolve(APPLICATION).resolve(APPLICATION + ".properties");
    }

    /** Written as text so that the setting's default reads "~/.cache/bridgehead" when unchanged. */
    static String cacheDirectoryText(Map<String, String> environment) {
        return absoluteVariable(environment, "XDG_CACHE_HOME")
                .map(cacheHome -> Path.of(cacheHome).resolve(APPLICATION).toString())
                .orElse("~/.cache/" + APPLICATION);
    }

    /** Written as text so that the setting's default reads "~/.local/share/bridgehead" when unchanged. */
    static String dataDirectoryText(Map<String, String> environment) {
        return absoluteVariable(environment, "XDG_DATA_HOME")
                .map(dataHome -> Path.of(dataHome).resolve(APPLICATION).toString())
                .orElse("~/.local/share/" + APPLICATION);
    }

    private static Optional<String> absoluteVariable(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isEmpty() || !Path.of(value).isAbsolute()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
