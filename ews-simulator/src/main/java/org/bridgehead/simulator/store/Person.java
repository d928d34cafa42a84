package org.bridgehead.simulator.store;

import java.util.List;

/**
 * A Global Address List entry. Optional fields are null when unknown.
 *
 * @param address        primary SMTP address
 * @param displayName    e.g. "Chloé Dubois"
 * @param givenName      first name
 * @param surname        last name
 * @param jobTitle       e.g. "Network Engineer"
 * @param department     e.g. "IT Operations"
 * @param company        company name
 * @param office         office location, e.g. "Lyon 3.14"
 * @param businessPhone  business telephone number
 * @param mobilePhone    mobile telephone number
 * @param street         business street address
 * @param city           business city
 * @param postalCode     business postal code
 * @param country        business country or region
 * @param state          business state or province
 * @param homePhone      home telephone number
 * @param businessFax    business fax number
 * @param manager        the manager's primary SMTP address
 * @param proxyAddresses further SMTP addresses of the mailbox (aliases), never the primary
 * @param notes          the directory's description of the entry
 */
public record Person(String address, String displayName, String givenName, String surname, String jobTitle,
                     String department, String company, String office, String businessPhone, String mobilePhone,
                     String street, String city, String postalCode, String country, String state, String homePhone,
                     String businessFax, String manager, List<String> proxyAddresses, String notes) {

    public Person {
        proxyAddresses = proxyAddresses == null ? List.of() : List.copyOf(proxyAddresses);
    }

    /** A minimal entry, for users seeded without directory details. */
    public static Person basic(String address, String displayName) {
        String[] parts = displayName.trim().split("\\s+", 2);
        return new Person(address, displayName, parts[0], parts.length > 1 ? parts[1] : null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, List.of(), null);
    }

    /** The part of the address before '@'. */
    public String localPart() {
        return address.substring(0, address.indexOf('@'));
    }
}
