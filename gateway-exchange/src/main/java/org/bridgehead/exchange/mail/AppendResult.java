package org.bridgehead.exchange.mail;

/** Where an appended message landed (IMAP UIDPLUS APPENDUID). */
public record AppendResult(long uidValidity, long uid) {
}
