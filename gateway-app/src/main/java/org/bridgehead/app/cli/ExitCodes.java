package org.bridgehead.app.cli;

/** The process exit codes of the {@code bridgehead} command, for scripts. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Anything not covered below. */
    public static final int FAILURE = 1;
    /** Bad command line or invalid settings: nothing was started. */
    public static final int INVALID_INPUT = 2;
    /** Exchange rejected the credentials. */
    public static final int AUTHENTICATION_FAILED = 2;
    /** Exchange could not be reached or is not answering. */
    public static final int SERVER_UNAVAILABLE = 3;
    /** A port the command needs is taken by another process. */
    public static final int PORT_IN_USE = 4;

    private ExitCodes() {
    }
}
