package org.bridgehead.exchange;

import java.util.Optional;

/** The role of a mail folder, as IMAP's special-use attributes (RFC 6154) name them. */
public enum SpecialUse {
    INBOX(null),
    DRAFTS("\\Drafts"),
    SENT("\\Sent"),
    TRASH("\\Trash"),
    JUNK("\\Junk"),
    OUTBOX(null),
    ARCHIVE("\\Archive"),
    NONE(null);

    private final String imapAttribute;

    SpecialUse(String imapAttribute) {
        this.imapAttribute = imapAttribute;
    }

    /**
     * The RFC 6154 attribute, e.g. {@code \Sent}; empty for INBOX (special by name in IMAP),
     * OUTBOX (no RFC 6154 attribute) and NONE.
     */
    public Optional<String> imapAttribute() {
        return Optional.ofNullable(imapAttribute);
    }
}
