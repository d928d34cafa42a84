package org.bridgehead.config;

import java.util.List;

/**
 * The text {@code bridgehead config} prints: each setting's description as a comment, then
 * {@code key = value   # source}, with keys and values in aligned columns.
 */
public final class SettingsReport {

    /** A value longer than this (a long URL) is not worth pushing every other line to the right; the default OAuth scope fits. */
    private static final int WIDEST_VALUE_COLUMN = 56;

    private SettingsReport() {
    }

    public static String format(Settings settings) {
        List<EffectiveSetting> all = settings.effective();
        int keyWidth = all.stream().mapToInt(effective -> effective.setting().key().length()).max().orElse(0);
        int valueWidth = Math.min(WIDEST_VALUE_COLUMN,
                all.stream().mapToInt(effective -> effective.value().length()).max().orElse(0));
        StringBuilder text = new StringBuilder();
        for (EffectiveSetting effective : all) {
            text.append("# ").append(effective.setting().description()).append('\n');
            text.append(pad(effective.setting().key(), keyWidth)).append(" = ")
                    .append(pad(effective.value(), valueWidth)).append("   # ").append(effective.source())
                    .append('\n');
        }
        return text.toString();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
