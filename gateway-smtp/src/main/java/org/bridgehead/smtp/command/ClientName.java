package org.bridgehead.smtp.command;

/** The name a client gives in EHLO or HELO; it is echoed back, so it must be one printable word. */
final class ClientName {

    private ClientName() {
    }

    static boolean isValid(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c > ' ' && c < 0x7f);
    }
}
