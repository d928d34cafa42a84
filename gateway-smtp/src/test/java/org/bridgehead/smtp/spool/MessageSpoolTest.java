package org.bridgehead.smtp.spool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bridgehead.smtp.submit.SpooledMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageSpoolTest {

    @TempDir
    Path directory;

    @Test
    void smallMessageStaysInMemory() throws IOException {
        try (MessageSpool spool = new MessageSpool(new SpoolSettings(directory, 100, 1000))) {
            spool.write(bytes(100));
            SpooledMessage message = spool.finish();

            assertEquals(List.of(), files());
            assertEquals(100, message.size());
            assertArrayEquals(bytes(100), readAll(message));
        }
    }

    @Test
    void largeMessageGoesToAFileOnlyItsOwnerCanReadAndCloseDeletesIt() throws IOException {
        byte[] content = bytes(300_000);
        try (MessageSpool spool = new MessageSpool(new SpoolSettings(directory, 1000, 1_000_000))) {
            spool.write(content);
            SpooledMessage message = spool.finish();

            List<Path> files = files();
            assertEquals(1, files.size());
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(files.get(0)));
            assertArrayEquals(content, readAll(message));
            assertArrayEquals(content, readAll(message), "readable more than once");
        }
        assertEquals(List.of(), files());
    }

    @Test
    void bytesPastTheBoundAreCountedAndDroppedWithTheFile() throws IOException {
        try (MessageSpool spool = new MessageSpool(new SpoolSettings(directory, 10, 1000))) {
            spool.write(bytes(1000));
            assertFalse(spool.overflowed());
            assertEquals(1, files().size());

            spool.write(bytes(5000));

            assertTrue(spool.overflowed());
            assertEquals(6000, spool.size());
            assertEquals(List.of(), files(), "nothing of an oversized message stays on disk");
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.toList();
        }
    }

    private static byte[] readAll(SpooledMessage message) throws IOException {
        try (InputStream in = message.open()) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }
}
