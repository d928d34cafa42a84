package org.bridgehead.simulator.http.ntlm;

/** An NTLM token that is not a well-formed message of the expected type. */
final class NtlmFormatException extends Exception {

    NtlmFormatException(String message) {
        super(message);
    }
}
