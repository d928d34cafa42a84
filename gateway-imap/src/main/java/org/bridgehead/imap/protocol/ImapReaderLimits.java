package org.bridgehead.imap.protocol;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Memory bounds of the command reader.
 *
 * @param maxLineLength          longest command line accepted, literal contents excluded (bytes)
 * @param maxLiteralSize         largest literal accepted (bytes); larger ones are refused with BAD
 * @param literalMemoryThreshold the literals of one command keep at most this much in memory;
 *                               any literal that would exceed it is spooled to a file (bytes)
 * @param spoolDirectory         where spooled literals are written (owner-only files)
 */
public record ImapReaderLimits(int maxLineLength, long maxLiteralSize, int literalMemoryThreshold,
                               Path spoolDirectory) {

    /** 64 KiB lines, 64 MiB literals, spooled above 1 MiB into the JVM temp directory. */
    public static ImapReaderLimits defaults() {
        return new ImapReaderLimits(64 * 1024, 64L * 1024 * 1024, 1024 * 1024,
                Path.of(System.getProperty("java.io.tmpdir")));
    }

    public ImapReaderLimits {
        Objects.requireNonNull(spoolDirectory, "spoolDirectory");
        if (maxLineLength < 64 || maxLiteralSize < 0 || literalMemoryThreshold < 0) {
            throw new IllegalArgumentException("invalid IMAP reader limits");
        }
    }
}
