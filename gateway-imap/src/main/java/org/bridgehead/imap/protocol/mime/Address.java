package org.bridgehead.imap.protocol.mime;

import java.util.Optional;

import org.bridgehead.imap.protocol.ImapValue;

/**
 * One address structure of an ENVELOPE (RFC 3501 7.4.2): {@code (name adl mailbox host)}.
 * A group is written as a start marker (mailbox = group name, host NIL), its members, and an
 * end marker (all NIL).
 *
 * @param name    display name, RFC 2047 encoded words left as they are
 * @param route   obsolete source route ({@code @a,@b})
 * @param mailbox local part, or the group name in a group start marker
 * @param host    domain; empty in group markers
 */
public record Address(Optional<String> name, Optional<String> route, Optional<String> mailbox, Optional<String> host) {

    /** Stands in for a missing local part or domain, as other IMAP servers do, so clients never see a false group. */
    static final String MISSING_MAILBOX = "MISSING_MAILBOX";
    static final String MISSING_DOMAIN = "MISSING_DOMAIN";

    public static Address of(Optional<String> name, Optional<String> route, String localPart, String domain) {
        return new Address(name, route, Optional.of(localPart.isEmpty() ? MISSING_MAILBOX : localPart),
                Optional.of(domain.isEmpty() ? MISSING_DOMAIN : domain));
    }

    public static Address groupStart(String groupName) {
        return new Address(Optional.empty(), Optional.empty(), Optional.of(groupName), Optional.empty());
    }

    public static Address groupEnd() {
        return new Address(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ImapValue toImapValue() {
        return ImapValue.list(ImapValue.nstring(name), ImapValue.nstring(route), ImapValue.nstring(mailbox),
                ImapValue.nstring(host));
    }
}
