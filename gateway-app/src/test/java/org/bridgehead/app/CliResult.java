package org.bridgehead.app;

/** What one in-process run of the command produced. */
record CliResult(int exitCode, String out, String err) {

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
