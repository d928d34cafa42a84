package org.bridgehead.app.cli;

/**
 * Ends a command with one line for the user and an exit code; the expected failures (bad input,
 * Exchange refusing) take this path instead of an exception trace.
 */
final class CommandFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CommandFailedException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
