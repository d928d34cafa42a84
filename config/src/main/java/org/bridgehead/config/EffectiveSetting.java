package org.bridgehead.config;

/**
 * A setting as it is in force: its value as text (masked for secrets) and where it came from
 * ({@code default}, {@code file /path:LINE}, {@code environment BRIDGEHEAD_X} or {@code --set}).
 */
public record EffectiveSetting(Setting<?> setting, String value, String source) {
}
