package org.bridgehead.imap.protocol.mime;

/**
 * A MIME header parameter ({@code charset=UTF-8}); RFC 2231 continuations already joined.
 *
 * @param name  as written
 * @param value unquoted
 */
record MimeParameter(String name, String value) {
}
