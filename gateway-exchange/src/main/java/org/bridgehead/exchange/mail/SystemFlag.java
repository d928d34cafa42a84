package org.bridgehead.exchange.mail;

/**
 * The message flags a mail client knows, each backed by an Exchange property: SEEN by IsRead,
 * FLAGGED by the follow-up flag, ANSWERED and FORWARDED by the last verb executed, DRAFT by the
 * draft state. DELETED is held by the gateway until the client expunges.
 */
public enum SystemFlag {
    SEEN, ANSWERED, FLAGGED, DELETED, DRAFT, FORWARDED
}
