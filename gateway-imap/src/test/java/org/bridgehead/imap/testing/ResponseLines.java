package org.bridgehead.imap.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one IMAP response from a server: its line, with the literals it announces joined in. */
public final class ResponseLines {

    private static final Pattern LITERAL_AT_END = Pattern.compile("\\{(\\d+)}$");

    private ResponseLines() {
    }

    /** One response; literal bytes and line bytes are decoded with the charset. */
    public static String read(InputStream in, Charset charset) throws IOException {
        StringBuilder response = new StringBuilder(readLine(in, charset));
        Matcher literal = LITERAL_AT_END.matcher(response);
        while (literal.find()) {
            int length = Integer.parseInt(literal.group(1));
            response.append("\r\n").append(new String(in.readNBytes(length), charset));
            String rest = readLine(in, charset);
            response.append(rest);
            literal = LITERAL_AT_END.matcher(rest);
        }
        return response.toString();
    }

    private static String readLine(InputStream in, Charset charset) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("connection closed; got so far: " + line.toString(charset));
            }
            line.write(c);
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, charset);
    }
}
