package org.bridgehead.imap.protocol;

/** The status of a status response (RFC 3501 7.1). */
public enum ResponseStatus { OK, NO, BAD, PREAUTH, BYE }
