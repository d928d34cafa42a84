package org.bridgehead.exchange.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.bridgehead.exchange.mail.Content;

/** Content held in a private (0600) file rather than in memory. */
final class SpooledContent implements Content {

    private final Path file;
    private final long length;

    SpooledContent(Path file, long length) {
        this.file = file;
        this.length = length;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public InputStream openStream() throws IOException {
        return Files.newInputStream(file);
    }

    /** A read-only mapping of the file: random access without reading the message onto the heap. */
    @Override
    public ByteBuffer buffer() throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, length);
        }
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
