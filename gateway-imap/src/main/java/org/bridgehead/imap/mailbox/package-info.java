/**
 * The selected mailbox as one client sees it: message sequence numbers mapped to UIDs, the
 * flags last reported, and the differences to a fresh backend snapshot that become untagged
 * EXISTS, EXPUNGE and FETCH responses at the points RFC 3501 allows them.
 */
package org.bridgehead.imap.mailbox;
