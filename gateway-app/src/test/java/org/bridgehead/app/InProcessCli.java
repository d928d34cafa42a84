package org.bridgehead.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.bridgehead.app.cli.BridgeheadCommand;
import picocli.CommandLine;

/** Runs the bridgehead command in this JVM with captured output and a given environment. */
final class InProcessCli {

    private InProcessCli() {
    }

    static CliResult execute(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = BridgeheadCommand.commandLine(environment);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliResult(exitCode, out.toString(), err.toString());
    }
}
