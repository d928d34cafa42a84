package org.bridgehead.simulator.ews;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

/**
 * Hierarchy sync states: opaque base64 of a magic number, the mailbox GUID, the synced folder's
 * number and the position in the mailbox's change sequence.
 */
final class SyncStates {
    private static final int MAGIC = 0x42484653; // "BHFS"
    private static final int LENGTH = 4 + 16 + 8 + 8;

    private SyncStates() {
    }

    static String encode(UUID mailbox, long scope, long position) {
        ByteBuffer b = ByteBuffer.allocate(LENGTH);
        b.putInt(MAGIC).putLong(mailbox.getMostSignificantBits()).putLong(mailbox.getLeastSignificantBits());
        b.putLong(scope).putLong(position);
        return Base64.getEncoder().encodeToString(b.array());
    }

    /** The position a state stands for, if it was issued for this mailbox and folder. */
    static long decode(String state, UUID mailbox, long scope) throws EwsError {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(state.trim());
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (bytes.length != LENGTH) {
            throw invalid();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (b.getInt() != MAGIC || !new UUID(b.getLong(), b.getLong()).equals(mailbox) || b.getLong() != scope) {
            throw invalid();
        }
        long position = b.getLong();
        if (position < 0) {
            throw invalid();
        }
        return position;
    }

    private static EwsError invalid() {
        return new EwsError("ErrorInvalidSyncStateData", "Synchronization state data is corrupt or otherwise invalid.");
    }
}
