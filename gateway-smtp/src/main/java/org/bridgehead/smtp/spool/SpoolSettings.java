package org.bridgehead.smtp.spool;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how much of a received message is kept.
 *
 * @param directory where messages over the memory threshold are written, one private file each
 * @param memoryThreshold bytes kept in memory before the message moves to a file
 * @param maxMessageSize the hard bound; bytes past it are read and dropped
 */
public record SpoolSettings(Path directory, int memoryThreshold, long maxMessageSize) {

    public SpoolSettings {
        Objects.requireNonNull(directory, "directory");
        if (memoryThreshold < 0 || maxMessageSize < 1) {
            throw new IllegalArgumentException("spool bounds must be positive");
        }
    }
}
