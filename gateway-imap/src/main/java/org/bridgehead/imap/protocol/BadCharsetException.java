package org.bridgehead.imap.protocol;

/**
 * A SEARCH named a charset this server cannot decode; the reply is
 * {@code NO [BADCHARSET (UTF-8 US-ASCII)]}, not BAD (RFC 3501 6.4.4).
 */
public final class BadCharsetException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadCharsetException(String charset) {
        super("Unsupported charset " + charset.replaceAll("[^\\x21-\\x7e]", "?"));
    }
}
