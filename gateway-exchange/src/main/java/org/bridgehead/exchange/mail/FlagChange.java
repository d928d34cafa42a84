package org.bridgehead.exchange.mail;

/** A change to the flags of one or more messages, as IMAP STORE +FLAGS / -FLAGS / FLAGS. */
public record FlagChange(Mode mode, MessageFlags flags) {

    public enum Mode { ADD, REMOVE, REPLACE }
}
