package org.bridgehead.simulator.http.ntlm;

import java.util.Arrays;

/**
 * MD4 (RFC 1320). NTLM hashes passwords with it, and the JDK offers no public MD4 provider.
 * Used only to derive NTLM keys, never as a general digest.
 */
final class Md4 {

    private Md4() {
    }

    static byte[] digest(byte[] input) {
        int paddedLength = ((input.length + 8) / 64 + 1) * 64;
        byte[] message = Arrays.copyOf(input, paddedLength);
        message[input.length] = (byte) 0x80;
        long bitLength = (long) input.length * 8;
        for (int i = 0; i < 8; i++) {
            message[paddedLength - 8 + i] = (byte) (bitLength >>> (8 * i));
        }

        int a = 0x67452301;
        int b = 0xefcdab89;
        int c = 0x98badcfe;
        int d = 0x10325476;
        int[] x = new int[16];
        for (int block = 0; block < paddedLength; block += 64) {
            for (int i = 0; i < 16; i++) {
                int at = block + 4 * i;
                x[i] = (message[at] & 0xff) | (message[at + 1] & 0xff) << 8
                        | (message[at + 2] & 0xff) << 16 | (message[at + 3] & 0xff) << 24;
            }
            int aa = a;
            int bb = b;
            int cc = c;
            int dd = d;

            for (int i = 0; i < 16; i += 4) {
                a = round1(a, b, c, d, x[i], 3);
                d = round1(d, a, b, c, x[i + 1], 7);
                c = round1(c, d, a, b, x[i + 2], 11);
                b = round1(b, c, d, a, x[i + 3], 19);
            }
            for (int i = 0; i < 4; i++) {
                a = round2(a, b, c, d, x[i], 3);
                d = round2(d, a, b, c, x[i + 4], 5);
                c = round2(c, d, a, b, x[i + 8], 9);
                b = round2(b, c, d, a, x[i + 12], 13);
            }
            for (int i : new int[] {0, 2, 1, 3}) {
                a = round3(a, b, c, d, x[i], 3);
                d = round3(d, a, b, c, x[i + 8], 9);
                c = round3(c, d, a, b, x[i + 4], 11);
                b = round3(b, c, d, a, x[i + 12], 15);
            }

            a += aa;
            b += bb;
            c += cc;
            d += dd;
        }

        byte[] out = new byte[16];
        int[] words = {a, b, c, d};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                out[4 * i + j] = (byte) (words[i] >>> (8 * j));
            }
        }
        return out;
    }

    private static int round1(int a, int b, int c, int d, int x, int s) {
        return Integer.rotateLeft(a + ((b & c) | (~b & d)) + x, s);
    }

    private static int round2(int a, int b, int c, int d, int x, int s) {
        return Integer.rotateLeft(a + ((b & c) | (b & d) | (c & d)) + x + 0x5a827999, s);
    }

    private static int round3(int a, int b, int c, int d, int x, int s) {
        return Integer.rotateLeft(a + (b ^ c ^ d) + x + 0x6ed9eba1, s);
    }
}
