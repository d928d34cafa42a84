package org.bridgehead.smtp.command;

/**
 * A user name and secret from AUTH. {@link #toString()} leaves the secret out, so a stray log
 * statement cannot leak it.
 */
record Credentials(String user, String secret) {

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", secret=<hidden>]";
    }
}
