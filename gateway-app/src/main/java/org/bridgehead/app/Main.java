package org.bridgehead.app;

import org.bridgehead.app.cli.BridgeheadCommand;
import org.bridgehead.app.cli.ExitCodes;
import org.slf4j.LoggerFactory;

/** Entry point of {@code bridgehead.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = BridgeheadCommand.commandLine(System.getenv()).execute(args);
        } catch (Error e) {
            // Exceptions are handled inside the command; an Error (a broken installation, no memory)
            // still ends as one line, with the trace in the debug log.
            LoggerFactory.getLogger(Main.class).debug("bridgehead failed", e);
            System.err.println("bridgehead: internal error: " + e);
            exitCode = ExitCodes.FAILURE;
        }
        System.exit(exitCode);
    }
}
