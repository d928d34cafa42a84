package org.bridgehead.simulator.http.ntlm;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Bounds-checked reading of an NTLM message's header fields and payload. */
final class NtlmMessageReader {
    static final byte[] SIGNATURE = "NTLMSSP\0".getBytes(StandardCharsets.US_ASCII);

    private final byte[] message;
    private int firstPayloadOffset;

    NtlmMessageReader(byte[] message, int expectedType) throws NtlmFormatException {
        this.message = message;
        this.firstPayloadOffset = message.length;
        if (message.length < 12 || !Arrays.equals(message, 0, 8, SIGNATURE, 0, 8)) {
            throw new NtlmFormatException("not an NTLMSSP message");
        }
        if (int32(8) != expectedType) {
            throw new NtlmFormatException("expected NTLM message type " + expectedType);
        }
    }

    /** The message type of a token, or -1 when it is not NTLMSSP. */
    static int typeOf(byte[] message) {
        if (message.length < 12 || !Arrays.equals(message, 0, 8, SIGNATURE, 0, 8)) {
            return -1;
        }
        return (message[8] & 0xff) | (message[9] & 0xff) << 8 | (message[10] & 0xff) << 16 | (message[11] & 0xff) << 24;
    }

    int int32(int at) throws NtlmFormatException {
        require(at, 4);
        return (message[at] & 0xff) | (message[at + 1] & 0xff) << 8
                | (message[at + 2] & 0xff) << 16 | (message[at + 3] & 0xff) << 24;
    }

    int uint16(int at) throws NtlmFormatException {
        require(at, 2);
        return (message[at] & 0xff) | (message[at + 1] & 0xff) << 8;
    }

    /** Reads a (length, maxLength, offset) field descriptor at {@code at} and returns its bytes. */
    byte[] field(int at) throws NtlmFormatException {
        int length = uint16(at);
        int offset = int32(at + 4);
        if (length == 0) {
            return new byte[0];
        }
        if (offset < 0) {
            throw new NtlmFormatException("negative field offset");
        }
        require(offset, length);
        firstPayloadOffset = Math.min(firstPayloadOffset, offset);
        return Arrays.copyOfRange(message, offset, offset + length);
    }

    /** Where the payload starts, which tells how long the fixed header of this message is. */
    int firstPayloadOffset() {
        return firstPayloadOffset;
    }

    private void require(int at, int length) throws NtlmFormatException {
        if (at < 0 || length < 0 || at > message.length - length) {
            throw new NtlmFormatException("field outside the message");
        }
    }
}
