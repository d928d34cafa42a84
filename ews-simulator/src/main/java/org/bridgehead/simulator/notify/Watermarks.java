package org.bridgehead.simulator.notify;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * Watermarks as clients see them: opaque base64 (like Exchange's) of a marker byte and the mailbox's
 * event counter.
 */
public final class Watermarks {
    private static final byte MARKER = 0x57;

    private Watermarks() {
    }

    public static String encode(long watermark) {
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(9).put(MARKER).putLong(watermark).array());
    }

    /** The counter a watermark stands for. */
    public static long decode(String text) throws SubscriptionException {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(text.trim());
        } catch (IllegalArgumentException e) {
            throw SubscriptionException.invalidWatermark();
        }
        if (raw.length != 9 || raw[0] != MARKER) {
            throw SubscriptionException.invalidWatermark();
        }
        long value = ByteBuffer.wrap(raw, 1, 8).getLong();
        if (value < 0) {
            throw SubscriptionException.invalidWatermark();
        }
        return value;
    }
}
