package org.bridgehead.imap.protocol;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A response code: the bracketed part of {@code * OK [UIDVALIDITY 3857529045] UIDs valid}.
 *
 * @param name      the code's atom
 * @param arguments the already formatted text after the name, empty for none
 */
public record ResponseCode(String name, String arguments) {

    public ResponseCode {
        if (name.isEmpty() || (name + arguments).chars().anyMatch(c -> c < 0x20 || c == ']')) {
            throw new IllegalArgumentException("invalid response code");
        }
    }

    public static ResponseCode alert() {
        return new ResponseCode("ALERT", "");
    }

    public static ResponseCode parse() {
        return new ResponseCode("PARSE", "");
    }

    public static ResponseCode readOnly() {
        return new ResponseCode("READ-ONLY", "");
    }

    public static ResponseCode readWrite() {
        return new ResponseCode("READ-WRITE", "");
    }

    public static ResponseCode tryCreate() {
        return new ResponseCode("TRYCREATE", "");
    }

    public static ResponseCode uidValidity(long uidValidity) {
        return new ResponseCode("UIDVALIDITY", Long.toString(uidValidity));
    }

    public static ResponseCode uidNext(long uidNext) {
        return new ResponseCode("UIDNEXT", Long.toString(uidNext));
    }

    public static ResponseCode unseen(long firstUnseenSequenceNumber) {
        return new ResponseCode("UNSEEN", Long.toString(firstUnseenSequenceNumber));
    }

    public static ResponseCode permanentFlags(Collection<Flag> flags) {
        return new ResponseCode("PERMANENTFLAGS", flagList(flags));
    }

    public static ResponseCode capability(Collection<String> capabilities) {
        return new ResponseCode("CAPABILITY", String.join(" ", capabilities));
    }

    /** UIDPLUS (RFC 4315): the UID an APPEND got. */
    public static ResponseCode appendUid(long uidValidity, SequenceSet uids) {
        return new ResponseCode("APPENDUID", uidValidity + " " + uids);
    }

    /** UIDPLUS (RFC 4315): source UIDs and the UIDs of their copies, in the same order. */
    public static ResponseCode copyUid(long uidValidity, SequenceSet sourceUids, SequenceSet targetUids) {
        return new ResponseCode("COPYUID", uidValidity + " " + sourceUids + " " + targetUids);
    }

    /** RFC 5530: the backend (Exchange) is temporarily unreachable. */
    public static ResponseCode unavailable() {
        return new ResponseCode("UNAVAILABLE", "");
    }

    /** RFC 5530: the operation needs an encrypted connection first. */
    public static ResponseCode privacyRequired() {
        return new ResponseCode("PRIVACYREQUIRED", "");
    }

    public static ResponseCode authenticationFailed() {
        return new ResponseCode("AUTHENTICATIONFAILED", "");
    }

    public static ResponseCode nonExistent() {
        return new ResponseCode("NONEXISTENT", "");
    }

    public static ResponseCode alreadyExists() {
        return new ResponseCode("ALREADYEXISTS", "");
    }

    /** RFC 5530: the user may not do this to this mailbox or message. */
    public static ResponseCode noPerm() {
        return new ResponseCode("NOPERM", "");
    }

    public static ResponseCode cannot() {
        return new ResponseCode("CANNOT", "");
    }

    public static ResponseCode serverBug() {
        return new ResponseCode("SERVERBUG", "");
    }

    public static ResponseCode limit() {
        return new ResponseCode("LIMIT", "");
    }

    public static ResponseCode overQuota() {
        return new ResponseCode("OVERQUOTA", "");
    }

    public static ResponseCode expungeIssued() {
        return new ResponseCode("EXPUNGEISSUED", "");
    }

    /** RFC 9051 7.1: the command works, but the client should not have sent it. */
    public static ResponseCode clientBug() {
        return new ResponseCode("CLIENTBUG", "");
    }

    /** RFC 7162 3.2.11: the previously selected mailbox is now closed. */
    public static ResponseCode closed() {
        return new ResponseCode("CLOSED", "");
    }

    public static ResponseCode highestModSeq(long modSeq) {
        return new ResponseCode("HIGHESTMODSEQ", Long.toString(modSeq));
    }

    /** RFC 7162 3.1.2.2: the mailbox keeps no modification sequences. */
    public static ResponseCode noModSeq() {
        return new ResponseCode("NOMODSEQ", "");
    }

    /** RFC 7162 3.1.3: the messages a conditional STORE left alone because they changed since. */
    public static ResponseCode modified(SequenceSet set) {
        return new ResponseCode("MODIFIED", set.toString());
    }

    public static ResponseCode badCharset(Collection<String> supported) {
        return new ResponseCode("BADCHARSET", "(" + String.join(" ", supported) + ")");
    }

    @Override
    public String toString() {
        return "[" + name + (arguments.isEmpty() ? "" : " " + arguments) + "]";
    }

    private static String flagList(Collection<Flag> flags) {
        return flags.stream().map(Flag::name).collect(Collectors.joining(" ", "(", ")"));
    }
}
