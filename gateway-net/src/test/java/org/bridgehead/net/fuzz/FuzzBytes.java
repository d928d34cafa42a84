package org.bridgehead.net.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The raw material of hostile input, drawn from one seeded {@link Random} so a run replays exactly:
 * garbage, printable noise, mutations and truncations of well-formed lines.
 */
public final class FuzzBytes {

    private final Random random;

    public FuzzBytes(Random random) {
        this.random = random;
    }

    public Random random() {
        return random;
    }

    /** Random bytes. */
    public byte[] garbage(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Printable ASCII noise. */
    public String printable(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x20 + random.nextInt(0x5f)));
        }
        return text.toString();
    }

    /**
     * One to four changes: a random byte inserted, a byte deleted, one of the protocol's special
     * strings inserted, or the start repeated.
     */
    public byte[] mutate(byte[] input, List<String> specials) {
        byte[] result = input;
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = random.nextInt(result.length + 1);
            out.write(result, 0, at);
            switch (random.nextInt(4)) {
                case 0 -> out.write(random.nextInt(256));
                case 1 -> at = Math.min(result.length, at + 1);
                case 2 -> out.writeBytes(pick(specials).getBytes(StandardCharsets.ISO_8859_1));
                default -> out.write(result, 0, Math.min(at, 20));
            }
            out.write(result, at, result.length - at);
            result = out.toByteArray();
        }
        return result;
    }

    /** The input cut at a random point (possibly empty). */
    public byte[] truncate(byte[] input) {
        return Arrays.copyOf(input, random.nextInt(input.length + 1));
    }

    public <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    public static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(first.length + second.length);
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
