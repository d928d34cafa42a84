package org.bridgehead.ldap.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bridgehead.exchange.directory.Person;
import org.bridgehead.exchange.directory.PostalAddress;

/**
 * Turns a person into a directory entry {@code uid=...,ou=people}: the inetOrgPerson attributes
 * and those Thunderbird (mozillaAbPersonAlpha), Evolution (evolutionPerson) and macOS Contacts
 * display. The uid of a directory entry is its primary address's local part; a contact's is its
 * whole address, or, without one, a name taken from its id, so a contact never takes a colleague's DN.
 */
public final class PersonEntries {

    private static final List<String> OBJECT_CLASSES = List.of("top", "person", "organizationalPerson",
            "inetOrgPerson", "mozillaAbPersonAlpha", "evolutionPerson");

    private PersonEntries() {
    }

    public static String uid(Person person) {
        String address = person.primaryAddress().orElse(null);
        if (person.source() == org.bridgehead.exchange.directory.PeopleSource.DIRECTORY && address != null) {
            return address.substring(0, address.indexOf('@'));
        }
        if (address != null) {
            return address;
        }
        return "contact-" + Integer.toHexString(person.id().hashCode());
    }

    public static String dn(Person person) {
        return "uid=" + DirectoryTree.escapeRdnValue(uid(person)) + "," + DirectoryTree.PEOPLE;
    }

    public static LdapEntry entry(Person p) {
        LdapEntry e = new LdapEntry(dn(p));
        String cn = p.displayName() != null ? p.displayName()
                : Stream.of(p.givenName(), p.surname()).filter(s -> s != null).collect(Collectors.joining(" "));
        if (cn.isBlank()) {
            cn = p.primaryAddress().orElse(uid(p));
        }
        e.addAll("objectClass", OBJECT_CLASSES)
                .add("uid", uid(p))
                .add("cn", cn)
                .add("displayName", cn)
                .add("givenName", p.givenName())
                // sn is mandatory in person; a name-less contact gets its common name
                .add("sn", p.surname() != null ? p.surname() : cn)
                .addAll("mail", p.emailAddresses())
                .add("mozillaSecondEmail", p.emailAddresses().size() > 1 ? p.emailAddresses().get(1) : null)
                .add("mozillaNickname", p.nickname())
                .add("telephoneNumber", p.businessPhone())
                .add("mobile", p.mobilePhone())
                .add("homePhone", p.homePhone())
                .add("facsimileTelephoneNumber", p.businessFax())
                .add("o", p.company())
                .add("company", p.company())
                .add("ou", p.department())
                .add("department", p.department())
                .add("title", p.jobTitle())
                .add("physicalDeliveryOfficeName", p.office())
                .add("manager", p.manager() == null ? null
                        : "cn=" + DirectoryTree.escapeRdnValue(p.manager()) + "," + DirectoryTree.PEOPLE)
                .add("description", p.notes())
                .add("fileAs", fileAs(p, cn));
        PostalAddress work = p.businessAddress();
        if (work != null) {
            e.add("street", work.street()).add("l", work.city()).add("st", work.state())
                    .add("postalCode", work.postalCode()).add("c", work.country()).add("co", work.country())
                    .add("postalAddress", postalAddress(work));
        }
        PostalAddress home = p.homeAddress();
        if (home != null) {
            e.add("mozillaHomeStreet", home.street()).add("mozillaHomeLocalityName", home.city())
                    .add("mozillaHomeState", home.state()).add("mozillaHomePostalCode", home.postalCode())
                    .add("mozillaHomeCountryName", home.country()).add("homePostalAddress", postalAddress(home));
        }
        return e;
    }

    private static String fileAs(Person p, String cn) {
        if (p.surname() != null && p.givenName() != null) {
            return p.surname() + ", " + p.givenName();
        }
        return cn;
    }

    /** RFC 4517 Postal Address: lines joined by '$', a '$' or '\' in a line escaped. */
    static String postalAddress(PostalAddress a) {
        List<String> lines = new ArrayList<>();
        if (a.street() != null) {
            lines.addAll(List.of(a.street().split("\\R")));
        }
        String cityLine = Stream.of(a.postalCode(), a.city()).filter(s -> s != null)
                .collect(Collectors.joining(" "));
        if (!cityLine.isEmpty()) {
            lines.add(a.state() == null ? cityLine : cityLine + ", " + a.state());
        } else if (a.state() != null) {
            lines.add(a.state());
        }
        if (a.country() != null) {
            lines.add(a.country());
        }
        return lines.stream().map(l -> l.replace("\\", "\\5C").replace("$", "\\24"))
                .collect(Collectors.joining("$"));
    }
}
