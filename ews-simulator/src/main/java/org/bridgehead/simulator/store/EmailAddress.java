package org.bridgehead.simulator.store;

import java.util.Locale;

/**
 * A mailbox as EWS writes it (t:Mailbox): display name and SMTP address.
 *
 * @param name    the display name, or null when the header gave none
 * @param address the SMTP address
 */
public record EmailAddress(String name, String address) {

    /** The name, or the address when there is no name, as Exchange fills t:Name. */
    public String displayName() {
        return name == null || name.isBlank() ? address : name;
    }

    /** Whether two addresses name the same mailbox (SMTP addresses compare case-insensitively here). */
    public boolean sameAddress(String other) {
        return address.toLowerCase(Locale.ROOT).equals(other.toLowerCase(Locale.ROOT));
    }
}
