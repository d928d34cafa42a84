package org.bridgehead.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings in force: every registered setting with its typed value and where that value came
 * from. Immutable; {@link #with} returns a changed copy.
 */
public final class Settings {

    private static final String MASK = "********";

    /** A setting's value as written, its origin and the value parsed from it. */
    record ResolvedValue(String text, Origin origin, Object value) {
        @Override
        public String toString() {
            return origin.label();
        }
    }

    private final List<Setting<?>> registry;
    private final Map<Setting<?>, ResolvedValue> values;
    private final List<String> warnings;

    Settings(List<Setting<?>> registry, Map<Setting<?>, ResolvedValue> values, List<String> warnings) {
        this.registry = List.copyOf(registry);
        this.values = Map.copyOf(values);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Reads every {@link BridgeheadSettings} setting: default, then the properties file, then
     * {@code BRIDGEHEAD_*} environment variables, then {@code --set}, each overriding the one before.
     *
     * @throws SettingsException listing every error found, not just the first
     */
    public static Settings load(SettingsSources sources) {
        return load(sources, BridgeheadSettings.ALL);
    }

    /** As {@link #load(SettingsSources)}, for another set of settings. */
    public static Settings load(SettingsSources sources, List<Setting<?>> registry) {
        return new SettingsLoader(registry).load(sources);
    }

    /** Every {@link BridgeheadSettings} setting at its default, ignoring files and the environment. */
    public static Settings defaults() {
        return defaults(BridgeheadSettings.ALL);
    }

    /** Every setting of {@code registry} at its default, ignoring files and the environment. */
    public static Settings defaults(List<Setting<?>> registry) {
        return new SettingsLoader(registry).defaults();
    }

    /** {@code $XDG_CONFIG_HOME/bridgehead/bridgehead.properties}, XDG_CONFIG_HOME defaulting to ~/.config. */
    public static Path defaultConfigFile(Map<String, String> environment) {
        return XdgDirectories.configFile(environment);
    }

    /** The typed value of a setting. */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        return (T) resolved(setting).value();
    }

    /**
     * A copy with one setting overridden as if by {@code --set}.
     *
     * @throws SettingsException if the value does not fit the setting
     */
    public <T> Settings with(Setting<T> setting, String text) {
        resolved(setting);
        String stripped = text.strip();
        T value;
        try {
            value = setting.parse(stripped);
        } catch (InvalidValueException invalid) {
            throw new SettingsException(
                    List.of(SettingsMessages.invalidValue(setting, stripped, Origin.COMMAND_LINE, invalid)), warnings);
        }
        Map<Setting<?>, ResolvedValue> changed = new HashMap<>(values);
        changed.put(setting, new ResolvedValue(stripped, Origin.COMMAND_LINE, value));
        return new Settings(registry, changed, warnings);
    }

    /** Problems that did not stop loading, such as unknown keys, ready to print. */
    public List<String> warnings() {
        return warnings;
    }

    /** Every setting in declaration order, with its value as text and its source; secrets masked. */
    public List<EffectiveSetting> effective() {
        return registry.stream()
                .map(setting -> {
                    ResolvedValue resolved = values.get(setting);
                    boolean masked = setting.isSecret() && !resolved.text().isEmpty();
                    return new EffectiveSetting(setting, masked ? MASK : resolved.text(), resolved.origin().label());
                })
                .toList();
    }

    private ResolvedValue resolved(Setting<?> setting) {
        ResolvedValue resolved = values.get(setting);
        if (resolved == null) {
            throw new IllegalArgumentException("not a registered setting: " + setting.key());
        }
        return resolved;
    }
}
