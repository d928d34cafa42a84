/**
 * The IMAP listener, one thread per connection, and what a connection remembers between
 * commands: its state (RFC 3501 3), credentials and selected mailbox.
 */
package org.bridgehead.imap.server;
