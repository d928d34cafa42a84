package org.bridgehead.imap.mailbox;

import java.util.HashMap;
import java.util.Map;

/**
 * Which session sees a message as \Recent (RFC 3501 2.3.2): the first session to select its
 * folder read-write after it arrived, and no other. Per folder the gateway remembers the first UID
 * no session has claimed yet; shared by every connection of the server.
 *
 * <p>Kept in memory: after a restart the messages already in a folder when it is first looked at
 * count as old, which loses \Recent for mail that arrived while the gateway was down, never more.
 */
public final class RecentClaims {

    /** One folder's claims, as seen by one selected mailbox. */
    public interface Claim {
        /** Claims every unclaimed message up to the UID; returns the first UID claimed (none if above it). */
        long claim(long highestUid);

        /** The first unclaimed UID, claiming nothing (EXAMINE, STATUS). */
        long peek(long highestUid);

        /**
         * Messages from this UID on arrived through this gateway (APPEND, COPY, MOVE, or the folder
         * was created here): recent for the next session to claim them, even if no session has
         * looked at the folder yet.
         */
        void arrived(long firstUid);
    }

    /** No message is ever recent. */
    public static final Claim NONE = new Claim() {
        @Override
        public long claim(long highestUid) {
            return Long.MAX_VALUE;
        }

        @Override
        public long peek(long highestUid) {
            return Long.MAX_VALUE;
        }

        @Override
        public void arrived(long firstUid) {
        }
    };

    private final Map<String, Long> firstUnclaimed = new HashMap<>();

    /** The claims of one user's folder. */
    public Claim of(String user, String folderId) {
        String key = user.toLowerCase(java.util.Locale.ROOT) + '\0' + folderId;
        return new Claim() {
            @Override
            public long claim(long highestUid) {
                synchronized (firstUnclaimed) {
                    long first = firstUnclaimed.getOrDefault(key, highestUid + 1);
                    firstUnclaimed.put(key, Math.max(first, highestUid + 1));
                    return first;
                }
            }

            @Override
            public long peek(long highestUid) {
                synchronized (firstUnclaimed) {
                    return firstUnclaimed.computeIfAbsent(key, k -> highestUid + 1);
                }
            }

            @Override
            public void arrived(long firstUid) {
                synchronized (firstUnclaimed) {
                    // Once a folder is known, later arrivals are above its first unclaimed UID anyway.
                    firstUnclaimed.putIfAbsent(key, firstUid);
                }
            }
        };
    }
}
