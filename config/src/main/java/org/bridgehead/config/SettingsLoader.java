package org.bridgehead.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds {@link Settings} from defaults, file, environment and {@code --set}, in that order of
 * precedence. Every value from every source is checked, so one run reports all mistakes.
 */
final class SettingsLoader {

    private static final String VARIABLE_PREFIX = "BRIDGEHEAD_";
    /** A settings file is a few dozen lines; anything this big is the wrong file. */
    private static final long MAX_FILE_BYTES = 1024 * 1024;

    private final List<Setting<?>> registry;
    private final Map<String, Setting<?>> byKey = new LinkedHashMap<>();
    private final Map<String, Setting<?>> byVariable = new LinkedHashMap<>();
    private final Map<Setting<?>, Settings.ResolvedValue> values = new HashMap<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    SettingsLoader(List<Setting<?>> registry) {
        this.registry = List.copyOf(registry);
        for (Setting<?> setting : this.registry) {
            if (byKey.put(setting.key(), setting) != null
                    || byVariable.put(setting.environmentVariable(), setting) != null) {
                throw new IllegalArgumentException("setting declared twice: " + setting.key());
            }
        }
    }

    Settings defaults() {
        applyDefaults(Map.of());
        return finish();
    }

    Settings load(SettingsSources sources) {
        applyDefaults(sources.environment());
        readFile(sources);
        readEnvironment(sources);
        readSetArgs(sources.setArgs());
        return finish();
    }

    private Settings finish() {
        if (!errors.isEmpty()) {
            throw new SettingsException(errors, warnings);
        }
        return new Settings(registry, values, warnings);
    }

    private void applyDefaults(Map<String, String> environment) {
        for (Setting<?> setting : registry) {
            offer(setting, setting.defaultText(environment), Origin.DEFAULT);
        }
    }

    private void readFile(SettingsSources sources) {
        Optional<Path> explicit = sources.explicitConfigFile();
        Path file = explicit.orElseGet(() -> Settings.defaultConfigFile(sources.environment())).toAbsolutePath();
        if (!Files.exists(file)) {
            if (explicit.isPresent()) {
                errors.add(SettingsMessages.problem("config file " + file + " does not exist (from --config)"));
            }
            return;
        }
        readText(file).ifPresent(text -> applyFileEntries(file, PropertiesParser.parse(text)));
    }

    private Optional<String> readText(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                errors.add(SettingsMessages.problem("config file " + file + " is not a regular file"));
                return Optional.empty();
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                errors.add(SettingsMessages.problem("config file " + file + " is larger than 1 MiB"));
                return Optional.empty();
            }
            return Optional.of(decode(Files.readAllBytes(file)));
        } catch (IOException unreadable) {
            errors.add(SettingsMessages.problem("cannot read config file " + file + ": " + unreadable.getMessage()));
            return Optional.empty();
        }
    }

    /** UTF-8, falling back to ISO-8859-1, the historical encoding of properties files. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private void applyFileEntries(Path file, List<PropertiesParser.Line> lines) {
        Map<String, Integer> firstLines = new HashMap<>();
        for (PropertiesParser.Line line : lines) {
            if (line instanceof PropertiesParser.SyntaxError error) {
                errors.add(SettingsMessages.problem(file + ":" + error.line() + ": " + error.problem()));
            } else if (line instanceof PropertiesParser.Entry entry) {
                applyFileEntry(entry, Origin.file(file, entry.line()), firstLines);
            }
        }
    }

    private void applyFileEntry(PropertiesParser.Entry entry, Origin origin, Map<String, Integer> firstLines) {
        if (entry.key().isEmpty()) {
            warnings.add(SettingsMessages.problem("entry without a key ignored (from " + origin.location() + ")"));
            return;
        }
        Integer firstLine = firstLines.putIfAbsent(entry.key(), entry.line());
        if (firstLine != null) {
            warnings.add(SettingsMessages.problem(entry.key() + " is set again (from " + origin.location()
                    + ", first on line " + firstLine + "); the later value applies"));
        }
        Setting<?> setting = byKey.get(entry.key());
        if (setting == null) {
            warnUnknownKey(entry.key(), origin);
        } else {
            offer(setting, entry.value(), origin);
        }
    }

    /** Sorted, so that warnings come out in the same order on every run. */
    private void readEnvironment(SettingsSources sources) {
        for (Map.Entry<String, String> variable : new TreeMap<>(sources.environment()).entrySet()) {
            String name = variable.getKey();
            if (!name.startsWith(VARIABLE_PREFIX) || sources.ignoredVariables().contains(name)) {
                continue;
            }
            Origin origin = Origin.environment(name);
            Setting<?> setting = byVariable.get(name);
            if (setting == null) {
                Optional<String> closest = KeySuggester.closest(name, byVariable.keySet())
                        .map(known -> known + " (" + byVariable.get(known).key() + ")");
                warnings.add(SettingsMessages.unknownSetting(name, origin, closest));
            } else {
                offer(setting, variable.getValue(), origin);
            }
        }
    }

    private void readSetArgs(List<String> setArgs) {
        for (String argument : setArgs) {
            int equals = argument.indexOf('=');
            if (equals < 0) {
                errors.add(SettingsMessages.problem("--set expects key=value, got '" + argument + "'"));
                continue;
            }
            String key = argument.substring(0, equals).strip();
            if (key.isEmpty()) {
                // The value is not echoed: it could be a secret meant for a key left out by mistake.
                errors.add(SettingsMessages.problem("--set expects key=value, got a value without a key"));
                continue;
            }
            Setting<?> setting = byKey.get(key);
            if (setting == null) {
                warnUnknownKey(key, Origin.COMMAND_LINE);
            } else {
                offer(setting, argument.substring(equals + 1), Origin.COMMAND_LINE);
            }
        }
    }

    private void warnUnknownKey(String key, Origin origin) {
        warnings.add(SettingsMessages.unknownSetting(key, origin, KeySuggester.closest(key, byKey.keySet())));
    }

    /** Checks the value and, when valid, lets it override what earlier sources gave. */
    private void offer(Setting<?> setting, String text, Origin origin) {
        String stripped = text.strip();
        try {
            values.put(setting, new Settings.ResolvedValue(stripped, origin, setting.parse(stripped)));
        } catch (InvalidValueException invalid) {
            errors.add(SettingsMessages.invalidValue(setting, stripped, origin, invalid));
        }
    }
}
