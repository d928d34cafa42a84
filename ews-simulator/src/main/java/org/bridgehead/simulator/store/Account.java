package org.bridgehead.simulator.store;

/**
 * A simulated user with a mailbox.
 *
 * @param address     primary SMTP address, e.g. alice@example.com
 * @param displayName e.g. "Alice Archer"
 * @param password    the password accepted for Basic and NTLM authentication
 */
public record Account(String address, String displayName, String password) {

    /** The part before '@', used as the NTLM user name and the UPN prefix. */
    public String localPart() {
        return address.substring(0, address.indexOf('@'));
    }

    @Override
    public String toString() {
        return "Account[" + address + "]"; // never the password
    }
}
