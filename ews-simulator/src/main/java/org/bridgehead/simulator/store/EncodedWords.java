package org.bridgehead.simulator.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes RFC 2047 encoded words (=?charset?B|Q?text?=) in header text; whitespace between two
 * encoded words is dropped, as the RFC says. Words that cannot be decoded stay as they are.
 */
final class EncodedWords {
    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");

    private EncodedWords() {
    }

    static String decode(String text) {
        if (!text.contains("=?")) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        boolean previousWasWord = false;
        while (m.find()) {
            String between = text.substring(last, m.start());
            if (!(previousWasWord && between.isBlank())) {
                out.append(between);
            }
            String decoded = word(m.group(1), m.group(2), m.group(3));
            out.append(decoded != null ? decoded : m.group());
            previousWasWord = decoded != null;
            last = m.end();
        }
        return out.append(text.substring(last)).toString();
    }

    private static String word(String charsetName, String encoding, String content) {
        try {
            String name = charsetName.contains("*") ? charsetName.substring(0, charsetName.indexOf('*')) : charsetName;
            Charset charset = Charset.forName(name);
            byte[] bytes = encoding.equalsIgnoreCase("B") ? Base64.getMimeDecoder().decode(content) : quoted(content);
            return new String(bytes, charset);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] quoted(String content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length());
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < content.length()) {
                out.write(Integer.parseInt(content.substring(i + 1, i + 3).toUpperCase(Locale.ROOT), 16));
                i += 2;
            } else {
                out.write(String.valueOf(c).getBytes(StandardCharsets.UTF_8), 0, 1);
            }
        }
        return out.toByteArray();
    }
}
