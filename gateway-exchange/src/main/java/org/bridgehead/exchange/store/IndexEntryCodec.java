package org.bridgehead.exchange.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.SystemFlag;

/** Index entries as compact bytes, so the store never depends on Java serialisation of our classes. */
final class IndexEntryCodec {

    private static final int VERSION = 1;

    private IndexEntryCodec() {
    }

    static byte[] encode(IndexEntry entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeLong(entry.uid());
            out.writeUTF(entry.itemId());
            out.writeUTF(entry.changeKey());
            int mask = 0;
            for (SystemFlag flag : entry.flags().system()) {
                mask |= 1 << flag.ordinal();
            }
            out.writeInt(mask);
            out.writeInt(entry.flags().keywords().size());
            for (String keyword : entry.flags().keywords()) {
                out.writeUTF(keyword);
            }
            out.writeLong(entry.size());
            out.writeLong(entry.internalDate().toEpochMilli());
            out.writeLong(entry.modSeq());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static IndexEntry decode(byte[] encoded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("Unknown index entry version " + version);
            }
            long uid = in.readLong();
            String itemId = in.readUTF();
            String changeKey = in.readUTF();
            int mask = in.readInt();
            Set<SystemFlag> system = EnumSet.noneOf(SystemFlag.class);
            for (SystemFlag flag : SystemFlag.values()) {
                if ((mask & (1 << flag.ordinal())) != 0) {
                    system.add(flag);
                }
            }
            int keywordCount = in.readInt();
            Set<String> keywords = new LinkedHashSet<>();
            for (int i = 0; i < keywordCount; i++) {
                keywords.add(in.readUTF());
            }
            long size = in.readLong();
            Instant internalDate = Instant.ofEpochMilli(in.readLong());
            long modSeq = in.readLong();
            return new IndexEntry(uid, itemId, changeKey, new MessageFlags(system, keywords), size, internalDate,
                    modSeq);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
