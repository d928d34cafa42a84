package org.bridgehead.simulator.ews;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * Encodes and decodes ids and change keys with a binary layout like Exchange's: an EWS id is
 * base64 of [format byte][address length][address][entry id length][entry id], the entry id being
 * [4 flag bytes][mailbox GUID][2-byte object type][8-byte object number]. A change key is base64 of
 * [1 as int32 LE][22 as int32 LE][mailbox GUID][6-byte change number], like Exchange's "AQAAABYAAAA...".
 */
final class EwsIds {
    private static final int ENTRY_ID_LENGTH = 4 + 16 + 2 + 8;
    private static final byte EWS_ID_VERSION = 0;
    private static final byte LEGACY_ID_VERSION = 1;
    private static final byte STORE_ID_TRAILER = 1;

    private EwsIds() {
    }

    static String folderId(String mailbox, UUID guid, long number) {
        return encode(new StoreObjectId(mailbox, guid, StoreObjectId.FOLDER, number), IdFormat.EWS_ID);
    }

    static String itemId(String mailbox, UUID guid, long number) {
        return encode(new StoreObjectId(mailbox, guid, StoreObjectId.ITEM, number), IdFormat.EWS_ID);
    }

    /** An attachment id: an item's EWS id blob whose entry id is followed by the attachment's index. */
    static String attachmentId(String mailbox, UUID guid, long itemNumber, int index) {
        byte[] entryId = entryId(new StoreObjectId(mailbox, guid, StoreObjectId.ITEM, itemNumber));
        byte[] withIndex = ByteBuffer.allocate(entryId.length + 4).put(entryId).putInt(index).array();
        return Base64.getEncoder().encodeToString(ewsBlob(EWS_ID_VERSION, mailbox, withIndex));
    }

    /**
     * An occurrence's id: its master's EWS id blob whose entry id is followed by the occurrence's
     * original start (seconds since 1970), as Exchange's occurrence ids carry the instance's date.
     */
    static String occurrenceId(String mailbox, UUID guid, long masterNumber, java.time.Instant originalStart) {
        byte[] entryId = entryId(new StoreObjectId(mailbox, guid, StoreObjectId.ITEM, masterNumber));
        byte[] withStart = ByteBuffer.allocate(entryId.length + 8).put(entryId).putLong(originalStart.getEpochSecond())
                .array();
        return Base64.getEncoder().encodeToString(ewsBlob(EWS_ID_VERSION, mailbox, withStart));
    }

    /** An occurrence id's master and original start. */
    record OccurrenceRef(StoreObjectId master, java.time.Instant originalStart) {
    }

    /** The master and original start an occurrence id names, or empty for any other id. */
    static java.util.Optional<OccurrenceRef> decodeOccurrenceId(String id) {
        try {
            byte[] blob = base64(id, false);
            if (blob.length < 2 || blob[0] != EWS_ID_VERSION) {
                return java.util.Optional.empty();
            }
            int addressLength = Byte.toUnsignedInt(blob[1]);
            int entryAt = 2 + addressLength + 1;
            if (blob.length != entryAt + ENTRY_ID_LENGTH + 8 || blob[entryAt - 1] != ENTRY_ID_LENGTH + 8) {
                return java.util.Optional.empty();
            }
            String mailbox = new String(blob, 2, addressLength, StandardCharsets.UTF_8);
            byte[] entryId = java.util.Arrays.copyOfRange(blob, entryAt, entryAt + ENTRY_ID_LENGTH);
            long seconds = ByteBuffer.wrap(blob, entryAt + ENTRY_ID_LENGTH, 8).getLong();
            return java.util.Optional.of(new OccurrenceRef(fromEntryId(entryId, mailbox),
                    java.time.Instant.ofEpochSecond(seconds)));
        } catch (IllegalArgumentException | EwsError e) {
            return java.util.Optional.empty();
        }
    }

    /** An attachment id's item and attachment index. */
    record AttachmentRef(StoreObjectId item, int index) {
    }

    static AttachmentRef decodeAttachmentId(String id) throws EwsError {
        if (id == null || id.isBlank()) {
            throw new EwsError("ErrorInvalidIdEmpty", "Id must be non-empty.");
        }
        try {
            byte[] blob = base64(id, false);
            if (blob.length < 2 || blob[0] != EWS_ID_VERSION) {
                throw EwsError.idMalformed();
            }
            int addressLength = Byte.toUnsignedInt(blob[1]);
            int entryAt = 2 + addressLength + 1;
            if (blob.length != entryAt + ENTRY_ID_LENGTH + 4 || blob[entryAt - 1] != ENTRY_ID_LENGTH + 4) {
                throw EwsError.idMalformed();
            }
            String mailbox = new String(blob, 2, addressLength, StandardCharsets.UTF_8);
            byte[] entryId = java.util.Arrays.copyOfRange(blob, entryAt, entryAt + ENTRY_ID_LENGTH);
            int index = ByteBuffer.wrap(blob, entryAt + ENTRY_ID_LENGTH, 4).getInt();
            return new AttachmentRef(fromEntryId(entryId, mailbox), index);
        } catch (IllegalArgumentException e) {
            throw EwsError.idMalformed();
        }
    }

    /** The change number inside a change key, or -1 when it is not one of ours. */
    static long changeNumber(String changeKey, UUID guid) {
        try {
            ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(changeKey.trim()));
            if (b.remaining() != 30 || b.get() != 1 || b.get() != 0 || b.get() != 0 || b.get() != 0 || b.get() != 22) {
                return -1;
            }
            b.position(8);
            if (!new UUID(b.getLong(), b.getLong()).equals(guid)) {
                return -1;
            }
            long n = 0;
            for (int i = 0; i < 6; i++) {
                n = (n << 8) | Byte.toUnsignedLong(b.get());
            }
            return n;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    static String changeKey(UUID guid, long changeNumber) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 + 16 + 6);
        b.put(new byte[] {1, 0, 0, 0, 22, 0, 0, 0});
        putGuid(b, guid);
        for (int shift = 40; shift >= 0; shift -= 8) {
            b.put((byte) (changeNumber >>> shift));
        }
        return Base64.getEncoder().encodeToString(b.array());
    }

    static String encode(StoreObjectId id, IdFormat format) {
        byte[] entryId = entryId(id);
        return switch (format) {
            case EWS_ID -> Base64.getEncoder().encodeToString(ewsBlob(EWS_ID_VERSION, id.mailbox(), entryId));
            case EWS_LEGACY_ID -> Base64.getEncoder().encodeToString(ewsBlob(LEGACY_ID_VERSION, id.mailbox(), entryId));
            case OWA_ID -> Base64.getUrlEncoder().encodeToString(ewsBlob(EWS_ID_VERSION, id.mailbox(), entryId));
            case ENTRY_ID -> Base64.getEncoder().encodeToString(entryId);
            case HEX_ENTRY_ID -> HexFormat.of().withUpperCase().formatHex(entryId);
            case STORE_ID -> {
                byte[] storeId = new byte[entryId.length + 1];
                System.arraycopy(entryId, 0, storeId, 0, entryId.length);
                storeId[entryId.length] = STORE_ID_TRAILER;
                yield Base64.getEncoder().encodeToString(storeId);
            }
        };
    }

    /** Decodes an EWS id (the format clients send as t:FolderId/@Id). */
    static StoreObjectId decode(String id) throws EwsError {
        if (id == null || id.isBlank()) {
            throw new EwsError("ErrorInvalidIdEmpty", "Id must be non-empty.");
        }
        return decode(id, IdFormat.EWS_ID, "");
    }

    /**
     * Decodes an id of any format; formats without a mailbox (entry ids, store ids) take the
     * given one.
     */
    static StoreObjectId decode(String id, IdFormat format, String mailbox) throws EwsError {
        try {
            return switch (format) {
                case EWS_ID, EWS_LEGACY_ID -> fromEwsBlob(base64(id, false));
                case OWA_ID -> fromEwsBlob(base64(id, true));
                case ENTRY_ID -> fromEntryId(base64(id, false), mailbox);
                case HEX_ENTRY_ID -> fromEntryId(HexFormat.of().parseHex(id.toLowerCase(Locale.ROOT)), mailbox);
                case STORE_ID -> {
                    byte[] storeId = base64(id, false);
                    if (storeId.length != ENTRY_ID_LENGTH + 1 || storeId[ENTRY_ID_LENGTH] != STORE_ID_TRAILER) {
                        throw EwsError.idMalformed();
                    }
                    byte[] entryId = new byte[ENTRY_ID_LENGTH];
                    System.arraycopy(storeId, 0, entryId, 0, ENTRY_ID_LENGTH);
                    yield fromEntryId(entryId, mailbox);
                }
            };
        } catch (IllegalArgumentException e) {
            throw EwsError.idMalformed();
        }
    }

    private static byte[] base64(String id, boolean urlSafe) {
        String trimmed = id.trim();
        return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(trimmed);
    }

    private static byte[] ewsBlob(byte version, String mailbox, byte[] entryId) {
        byte[] address = mailbox.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(1 + 1 + address.length + 1 + entryId.length);
        b.put(version).put((byte) address.length).put(address).put((byte) entryId.length).put(entryId);
        return b.array();
    }

    private static StoreObjectId fromEwsBlob(byte[] blob) throws EwsError {
        ByteBuffer b = ByteBuffer.wrap(blob);
        if (blob.length < 3 || (blob[0] != EWS_ID_VERSION && blob[0] != LEGACY_ID_VERSION)) {
            throw EwsError.idMalformed();
        }
        b.get();
        int addressLength = Byte.toUnsignedInt(b.get());
        if (b.remaining() < addressLength + 1) {
            throw EwsError.idMalformed();
        }
        byte[] address = new byte[addressLength];
        b.get(address);
        int entryIdLength = Byte.toUnsignedInt(b.get());
        if (entryIdLength != ENTRY_ID_LENGTH || b.remaining() != entryIdLength) {
            throw EwsError.idMalformed();
        }
        byte[] entryId = new byte[entryIdLength];
        b.get(entryId);
        return fromEntryId(entryId, new String(address, StandardCharsets.UTF_8));
    }

    private static StoreObjectId fromEntryId(byte[] entryId, String mailbox) throws EwsError {
        if (entryId.length != ENTRY_ID_LENGTH) {
            throw EwsError.idMalformed();
        }
        ByteBuffer b = ByteBuffer.wrap(entryId);
        if (b.getInt() != 0) {
            throw EwsError.idMalformed();
        }
        UUID guid = new UUID(b.getLong(), b.getLong());
        int type = Short.toUnsignedInt(b.getShort());
        long number = b.getLong();
        return new StoreObjectId(mailbox, guid, type, number);
    }

    private static byte[] entryId(StoreObjectId id) {
        ByteBuffer b = ByteBuffer.allocate(ENTRY_ID_LENGTH);
        b.putInt(0);
        putGuid(b, id.mailboxGuid());
        b.putShort((short) id.objectType());
        b.putLong(id.number());
        return b.array();
    }

    private static void putGuid(ByteBuffer b, UUID guid) {
        b.putLong(guid.getMostSignificantBits()).putLong(guid.getLeastSignificantBits());
    }
}
