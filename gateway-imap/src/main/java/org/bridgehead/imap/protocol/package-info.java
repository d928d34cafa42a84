/**
 * The IMAP syntax shared by every command: {@link org.bridgehead.imap.protocol.ImapReader}
 * turns client bytes into {@link org.bridgehead.imap.protocol.ImapCommand}s, typed parsers
 * ({@code FetchRequest}, {@code StoreRequest}, {@code SearchRequest}, {@code ListRequest},
 * {@code AppendRequest}, {@code SequenceSet} ...) turn their arguments into requests, and
 * {@link org.bridgehead.imap.protocol.ImapWriter} turns responses back into bytes.
 * Nothing here knows the backend.
 */
package org.bridgehead.imap.protocol;
