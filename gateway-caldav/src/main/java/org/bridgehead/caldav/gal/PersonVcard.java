package org.bridgehead.caldav.gal;

import java.util.ArrayList;
import java.util.List;
import org.bridgehead.exchange.directory.Person;
import org.bridgehead.exchange.directory.PostalAddress;

/** A directory entry as a vCard 3.0 (RFC 2426), what CardDAV clients of the directory read. */
final class PersonVcard {

    private PersonVcard() {
    }

    static String of(Person person, String uid) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCARD");
        lines.add("VERSION:3.0");
        lines.add("UID:" + escape(uid));
        String name = person.displayName() != null ? person.displayName()
                : person.primaryAddress().orElse(person.id());
        lines.add("FN:" + escape(name));
        lines.add("N:" + escape(nullToEmpty(person.surname())) + ";" + escape(nullToEmpty(person.givenName()))
                + ";;;");
        if (person.nickname() != null) {
            lines.add("NICKNAME:" + escape(person.nickname()));
        }
        for (int i = 0; i < person.emailAddresses().size(); i++) {
            lines.add("EMAIL;TYPE=INTERNET" + (i == 0 ? ",PREF" : "") + ":" + escape(person.emailAddresses().get(i)));
        }
        if (person.company() != null || person.department() != null) {
            lines.add("ORG:" + escape(nullToEmpty(person.company())) + ";" + escape(nullToEmpty(person.department())));
        }
        if (person.jobTitle() != null) {
            lines.add("TITLE:" + escape(person.jobTitle()));
        }
        phone(lines, "WORK,VOICE", person.businessPhone());
        phone(lines, "CELL", person.mobilePhone());
        phone(lines, "HOME,VOICE", person.homePhone());
        phone(lines, "WORK,FAX", person.businessFax());
        address(lines, "WORK", person.businessAddress());
        address(lines, "HOME", person.homeAddress());
        if (person.notes() != null) {
            lines.add("NOTE:" + escape(person.notes()));
        }
        lines.add("END:VCARD");
        return String.join("\r\n", lines) + "\r\n";
    }

    private static void phone(List<String> lines, String type, String number) {
        if (number != null) {
            lines.add("TEL;TYPE=" + type + ":" + escape(number));
        }
    }

    private static void address(List<String> lines, String type, PostalAddress address) {
        if (address != null) {
            lines.add("ADR;TYPE=" + type + ":;;" + escape(nullToEmpty(address.street())) + ";"
                    + escape(nullToEmpty(address.city())) + ";" + escape(nullToEmpty(address.state())) + ";"
                    + escape(nullToEmpty(address.postalCode())) + ";" + escape(nullToEmpty(address.country())));
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }
}
