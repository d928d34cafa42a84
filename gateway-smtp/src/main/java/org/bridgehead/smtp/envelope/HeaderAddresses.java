package org.bridgehead.smtp.envelope;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The mail addresses named in address header fields, normalized for comparison. */
final class HeaderAddresses {

    private HeaderAddresses() {
    }

    /** Lower-cased addresses of every field with one of the names, groups expanded. */
    static Set<String> of(HeaderSection headers, String... fieldNames) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String name : fieldNames) {
            for (String value : headers.values(name)) {
                addFrom(value, addresses);
            }
        }
        return Set.copyOf(addresses);
    }

    static String normalize(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    private static void addFrom(String value, Set<String> addresses) {
        try {
            for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                if (address.isGroup()) {
                    for (InternetAddress member : address.getGroup(false)) {
                        addresses.add(normalize(member.getAddress()));
                    }
                } else if (address.getAddress() != null) {
                    addresses.add(normalize(address.getAddress()));
                }
            }
        } catch (AddressException unparsable) {
            // Naming no one is the safe reading: its recipients become blind copies, which
            // still reach them, whereas a wrongly "visible" recipient might not be sent to.
        }
    }
}
