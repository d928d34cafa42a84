package org.bridgehead.exchange.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
