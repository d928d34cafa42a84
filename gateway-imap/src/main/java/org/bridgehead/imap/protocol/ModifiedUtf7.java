package org.bridgehead.imap.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The modified UTF-7 of mailbox names (RFC 3501 5.1.3): printable ASCII stands for itself,
 * {@code &} is written {@code &-}, anything else is UTF-16 in modified BASE64 ({@code ,}
 * instead of {@code /}, no padding) between {@code &} and {@code -}.
 */
public final class ModifiedUtf7 {

    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,".toCharArray();

    private ModifiedUtf7() {
    }

    public static String encode(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '&') {
                out.append("&-");
                i++;
            } else if (c >= 0x20 && c <= 0x7e) {
                out.append(c);
                i++;
            } else {
                int end = i;
                while (end < name.length() && (name.charAt(end) < 0x20 || name.charAt(end) > 0x7e)) {
                    end++;
                }
                out.append('&');
                appendBase64(out, name.substring(i, end).getBytes(StandardCharsets.UTF_16BE));
                out.append('-');
                i = end;
            }
        }
        return out.toString();
    }

    public static String decode(String encoded) throws ImapSyntaxException {
        StringBuilder out = new StringBuilder(encoded.length());
        int i = 0;
        while (i < encoded.length()) {
            char c = encoded.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new ImapSyntaxException("Mailbox name is not modified UTF-7");
            }
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int end = encoded.indexOf('-', i + 1);
            if (end < 0) {
                throw new ImapSyntaxException("Unterminated &-sequence in mailbox name");
            }
            if (end == i + 1) {
                out.append('&');
            } else {
                out.append(decodeUtf16(encoded.substring(i + 1, end)));
            }
            i = end + 1;
        }
        return out.toString();
    }

    private static void appendBase64(StringBuilder out, byte[] bytes) {
        int bits = 0;
        int bitCount = 0;
        for (byte b : bytes) {
            bits = (bits << 8) | (b & 0xff);
            bitCount += 8;
            while (bitCount >= 6) {
                bitCount -= 6;
                out.append(ALPHABET[(bits >> bitCount) & 0x3f]);
            }
        }
        if (bitCount > 0) {
            out.append(ALPHABET[(bits << (6 - bitCount)) & 0x3f]);
        }
    }

    private static String decodeUtf16(String base64) throws ImapSyntaxException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int bits = 0;
        int bitCount = 0;
        for (int i = 0; i < base64.length(); i++) {
            int value = indexOf(base64.charAt(i));
            if (value < 0) {
                throw new ImapSyntaxException("Invalid modified BASE64 in mailbox name");
            }
            bits = (bits << 6) | value;
            bitCount += 6;
            if (bitCount >= 8) {
                bitCount -= 8;
                bytes.write((bits >> bitCount) & 0xff);
            }
        }
        // Leftover bits are padding: fewer than 6 of them, all zero, and whole UTF-16 units.
        if (bitCount >= 6 || (bits & ((1 << bitCount) - 1)) != 0 || bytes.size() % 2 != 0) {
            throw new ImapSyntaxException("Invalid modified BASE64 in mailbox name");
        }
        byte[] utf16 = bytes.toByteArray();
        String decoded = new String(utf16, StandardCharsets.UTF_16BE);
        if (!Arrays.equals(decoded.getBytes(StandardCharsets.UTF_16BE), utf16)) {
            throw new ImapSyntaxException("Invalid UTF-16 in mailbox name");
        }
        return decoded;
    }

    private static int indexOf(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == ',' ? 63 : -1;
    }
}
