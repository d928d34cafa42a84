package org.bridgehead.exchange.ews;

import java.util.Locale;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.enumeration.property.EmailAddressKey;
import microsoft.exchange.webservices.data.core.enumeration.property.MailboxType;
import microsoft.exchange.webservices.data.core.enumeration.property.PhoneNumberKey;
import microsoft.exchange.webservices.data.core.enumeration.property.PhysicalAddressKey;
import microsoft.exchange.webservices.data.core.service.item.Contact;
import microsoft.exchange.webservices.data.misc.NameResolution;
import microsoft.exchange.webservices.data.misc.OutParam;
import microsoft.exchange.webservices.data.property.complex.EmailAddress;
import microsoft.exchange.webservices.data.property.complex.PhysicalAddressEntry;
import org.bridgehead.exchange.directory.PeopleSource;
import org.bridgehead.exchange.directory.Person;
import org.bridgehead.exchange.directory.PostalAddress;

/**
 * Turns a ResolveNames resolution (its mailbox and, with full contact data, its contact) into a
 * {@link Person}. A directory entry's addresses come as {@code SMTP:a@b} (primary) and
 * {@code smtp:c@d} (proxies); other address types (X500, SIP) are left out.
 */
final class ResolvedPeople {

    /** A property ews-java-api did not read from the answer throws; here it is simply unknown. */
    @FunctionalInterface
    private interface Read<T> {
        T get() throws Exception;
    }

    private ResolvedPeople() {
    }

    /** Empty for what is not a person with an SMTP address or a contact (e.g. a public folder). */
    static Optional<Person> toPerson(NameResolution resolution) {
        EmailAddress mailbox = resolution.getMailbox();
        if (mailbox == null) {
            return Optional.empty();
        }
        boolean contact = mailbox.getMailboxType() == MailboxType.Contact && mailbox.getId() != null;
        String smtp = smtpAddress(mailbox);
        if (!contact && smtp == null) {
            return Optional.empty();
        }
        String id = contact ? mailbox.getId().getUniqueId() : smtp.toLowerCase(Locale.ROOT);
        Person.Builder person = Person.builder(id, contact ? PeopleSource.CONTACTS : PeopleSource.DIRECTORY)
                .displayName(mailbox.getName())
                .emailAddress(smtp);
        Contact details = resolution.getContact();
        if (details != null) {
            fill(person, details);
        }
        return Optional.of(person.build());
    }

    private static void fill(Person.Builder person, Contact c) {
        person.displayName(read(c::getDisplayName))
                .givenName(read(c::getGivenName))
                .surname(read(c::getSurname))
                .nickname(read(c::getNickName))
                .company(read(c::getCompanyName))
                .department(read(c::getDepartment))
                .jobTitle(read(c::getJobTitle))
                .office(read(c::getOfficeLocation))
                .manager(read(c::getManager))
                .notes(read(c::getNotes))
                .hasPhoto(Boolean.TRUE.equals(read(c::getHasPicture)));
        for (EmailAddressKey key : EmailAddressKey.values()) {
            OutParam<EmailAddress> entry = new OutParam<>();
            if (Boolean.TRUE.equals(read(() -> c.getEmailAddresses().tryGetValue(key, entry)))) {
                person.emailAddress(smtpAddress(entry.getParam()));
            }
        }
        person.businessPhone(phone(c, PhoneNumberKey.BusinessPhone))
                .mobilePhone(phone(c, PhoneNumberKey.MobilePhone))
                .homePhone(phone(c, PhoneNumberKey.HomePhone))
                .businessFax(phone(c, PhoneNumberKey.BusinessFax))
                .businessAddress(address(c, PhysicalAddressKey.Business))
                .homeAddress(address(c, PhysicalAddressKey.Home));
    }

    /** The address of an SMTP mailbox or entry: {@code SMTP:} prefixes removed, other types null. */
    static String smtpAddress(EmailAddress address) {
        if (address == null || address.getAddress() == null) {
            return null;
        }
        String value = address.getAddress().trim();
        String routing = address.getRoutingType();
        if (value.regionMatches(true, 0, "smtp:", 0, 5)) {
            value = value.substring(5);
        } else if (value.indexOf(':') >= 0 && value.indexOf(':') < value.indexOf('@')) {
            return null;
        }
        if (routing != null && !routing.isEmpty() && !"SMTP".equalsIgnoreCase(routing)) {
            return null;
        }
        return value.contains("@") ? value : null;
    }

    private static String phone(Contact c, PhoneNumberKey key) {
        OutParam<String> number = new OutParam<>();
        return Boolean.TRUE.equals(read(() -> c.getPhoneNumbers().tryGetValue(key, number))) ? number.getParam() : null;
    }

    private static PostalAddress address(Contact c, PhysicalAddressKey key) {
        OutParam<PhysicalAddressEntry> entry = new OutParam<>();
        if (!Boolean.TRUE.equals(read(() -> c.getPhysicalAddresses().tryGetValue(key, entry)))) {
            return null;
        }
        PhysicalAddressEntry a = entry.getParam();
        return new PostalAddress(read(a::getStreet), read(a::getCity), read(a::getState), read(a::getPostalCode),
                read(a::getCountryOrRegion));
    }

    private static <T> T read(Read<T> read) {
        try {
            return read.get();
        } catch (Exception e) {
            return null;
        }
    }
}
