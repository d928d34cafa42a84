/**
 * One handler per IMAP command or family (FETCH, STORE, SEARCH, COPY/MOVE ...), each turning a
 * typed request into calls of the backend's {@code MailService} and responses. Handlers never
 * know which backend answers them; backend errors become replies in {@link
 * org.bridgehead.imap.command.ImapErrors} only.
 */
package org.bridgehead.imap.command;
