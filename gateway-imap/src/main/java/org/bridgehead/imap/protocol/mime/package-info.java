/**
 * Message structure for FETCH: ENVELOPE, BODYSTRUCTURE / BODY and {@code BODY[section]}
 * byte ranges, all computed from the stored bytes of a message ({@link
 * org.bridgehead.imap.protocol.mime.ParsedMessage}).
 */
package org.bridgehead.imap.protocol.mime;
