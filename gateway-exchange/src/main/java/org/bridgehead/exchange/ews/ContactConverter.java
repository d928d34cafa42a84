package org.bridgehead.exchange.ews;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BodyType;
import microsoft.exchange.webservices.data.core.enumeration.property.EmailAddressKey;
import microsoft.exchange.webservices.data.core.enumeration.property.MapiPropertyType;
import microsoft.exchange.webservices.data.core.enumeration.property.PhoneNumberKey;
import microsoft.exchange.webservices.data.core.enumeration.property.PhysicalAddressKey;
import microsoft.exchange.webservices.data.core.service.item.Contact;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.property.complex.EmailAddress;
import microsoft.exchange.webservices.data.property.complex.EmailAddressDictionary;
import microsoft.exchange.webservices.data.property.complex.FileAttachment;
import microsoft.exchange.webservices.data.property.complex.MessageBody;
import microsoft.exchange.webservices.data.property.complex.PhoneNumberDictionary;
import microsoft.exchange.webservices.data.property.complex.PhysicalAddressDictionary;
import microsoft.exchange.webservices.data.property.complex.PhysicalAddressEntry;
import microsoft.exchange.webservices.data.property.complex.StringList;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;
import org.bridgehead.exchange.pim.vcard.ContactCard;
import org.bridgehead.exchange.pim.vcard.ContactCard.AddressSlot;
import org.bridgehead.exchange.pim.vcard.ContactCard.PersonName;
import org.bridgehead.exchange.pim.vcard.ContactCard.PhoneSlot;
import org.bridgehead.exchange.pim.vcard.ContactCard.PostalAddress;

/**
 * {@link ContactCard} <-> an EWS Contact's fields. Exchange holds three addresses, ten phone
 * numbers and three postal addresses in fixed slots, one home page, and the name prefix only as
 * the MAPI property PidTagDisplayNamePrefix; the notes are the item's body. Birthdays and
 * anniversaries are days: they go in at midnight UTC and come back as the day nearest to the
 * stored moment, so a day another client wrote at midnight in its own zone keeps its date.
 * Distribution lists are {@link ContactGroupConverter}'s.
 */
final class ContactConverter {

    /** PidTagDisplayNamePrefix ("Dr.", "Ms."): the prefix Outlook shows, which EWS has no field for. */
    static final ExtendedPropertyDefinition NAME_PREFIX = tag(0x3A45);

    private static final List<EmailAddressKey> EMAIL_SLOTS =
            List.of(EmailAddressKey.EmailAddress1, EmailAddressKey.EmailAddress2, EmailAddressKey.EmailAddress3);

    /** What {@link #read} and an update need of a contact, for GetItem (the body as text, for NOTE). */
    static PropertySet properties() {
        PropertySet properties = new PropertySet(BasePropertySet.FirstClassProperties, NAME_PREFIX,
                PimProperties.PHOTO_DIGEST, ItemSchema.Attachments);
        properties.setRequestedBodyType(BodyType.Text);
        return properties;
    }

    /**
     * Writes the card's fields to a contact. On an existing contact ({@code created} false, loaded
     * with {@link #properties()}) what the card no longer has is removed, slot by slot.
     */
    void write(ContactCard card, Contact target, boolean created) throws Exception {
        PersonName name = card.name();
        target.setDisplayName(card.displayName());
        target.setGivenName(blankToNull(name.given()));
        target.setSurname(blankToNull(name.family()));
        target.setMiddleName(blankToNull(name.middle()));
        target.setGeneration(blankToNull(name.suffix()));
        target.setNickName(blankToNull(card.nickname()));
        if (!name.prefix().isEmpty()) {
            target.setExtendedProperty(NAME_PREFIX, name.prefix());
        } else if (!created) {
            target.removeExtendedProperty(NAME_PREFIX);
        }
        target.setCompanyName(blankToNull(card.company()));
        target.setDepartment(blankToNull(card.department()));
        target.setJobTitle(blankToNull(card.jobTitle()));
        writeEmails(card.emails(), target.getEmailAddresses());
        writePhones(card.phones(), target.getPhoneNumbers());
        writeAddresses(card.addresses(), target.getPhysicalAddresses());
        target.setBirthday(card.birthday().map(ContactConverter::date).orElse(null));
        target.setWeddingAnniversary(card.anniversary().map(ContactConverter::date).orElse(null));
        target.setBody(MessageBody.getMessageBodyFromText(card.notes()));
        target.setCategories(new StringList(card.categories()));
        target.setBusinessHomePage(card.urls().isEmpty() ? null : card.urls().get(0).toString());
        writePhoto(card.photo(), target, created);
    }

    /**
     * PHOTO is the contact's picture attachment. An unchanged photo (the digest the gateway stored
     * with it) is left alone, so an update costs no attachment calls and loses nothing; a new one
     * replaces the old; a card without one removes it.
     */
    private static void writePhoto(Optional<ContactCard.Photo> photo, Contact target, boolean created)
            throws Exception {
        String digest = photo.map(p -> digest(p.data())).orElse(null);
        boolean present = !created && target.getContactPictureAttachment() != null;
        if (present && digest != null && digest.equals(PimProperties.string(target, PimProperties.PHOTO_DIGEST))) {
            return;
        }
        if (photo.isPresent()) {
            target.setContactPicture(photo.get().data());
            target.setExtendedProperty(PimProperties.PHOTO_DIGEST, digest);
        } else if (present) {
            target.removeContactPicture();
            target.removeExtendedProperty(PimProperties.PHOTO_DIGEST);
        }
    }

    private static String digest(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The contact's picture (one GetAttachment call), or empty when it has none. The contact must
     * be loaded with {@link #properties()}.
     */
    static Optional<ContactCard.Photo> picture(Contact contact) throws Exception {
        if (!Boolean.TRUE.equals(EventConverter.optional(contact::getHasPicture))) {
            return Optional.empty();
        }
        FileAttachment picture = contact.getContactPictureAttachment();
        if (picture == null) {
            return Optional.empty();
        }
        picture.load();
        String type = picture.getContentType() == null || picture.getContentType().isBlank() ? "image/jpeg"
                : picture.getContentType();
        return Optional.of(new ContactCard.Photo(picture.getContent(), type));
    }

    private static void writeEmails(List<String> emails, EmailAddressDictionary target) {
        for (int i = 0; i < EMAIL_SLOTS.size(); i++) {
            EmailAddressKey key = EMAIL_SLOTS.get(i);
            if (i < emails.size()) {
                target.setEmailAddress(key, new EmailAddress(emails.get(i)));
            } else if (target.tryGetValue(key, new microsoft.exchange.webservices.data.misc.OutParam<>())) {
                target.setEmailAddress(key, null);
            }
        }
    }

    private static void writePhones(Map<PhoneSlot, String> phones, PhoneNumberDictionary target) {
        for (PhoneSlot slot : PhoneSlot.values()) {
            PhoneNumberKey key = phoneKey(slot);
            String number = phones.get(slot);
            if (number != null) {
                target.setPhoneNumber(key, number);
            } else if (target.getPhoneNumber(key) != null) {
                target.setPhoneNumber(key, null);
            }
        }
    }

    private static void writeAddresses(Map<AddressSlot, PostalAddress> addresses, PhysicalAddressDictionary target)
            throws Exception {
        for (AddressSlot slot : AddressSlot.values()) {
            PhysicalAddressKey key = addressKey(slot);
            PostalAddress postal = addresses.get(slot);
            PhysicalAddressEntry current = target.getPhysicalAddress(key);
            if (postal == null) {
                if (current != null) {
                    target.setPhysicalAddress(key, null);
                }
                continue;
            }
            // a part left empty in an existing entry is removed from it, not kept
            PhysicalAddressEntry entry = current != null ? current : new PhysicalAddressEntry();
            entry.setStreet(blankToNull(postal.street()));
            entry.setCity(blankToNull(postal.city()));
            entry.setState(blankToNull(postal.region()));
            entry.setPostalCode(blankToNull(postal.postalCode()));
            entry.setCountryOrRegion(blankToNull(postal.country()));
            if (current == null) {
                target.setPhysicalAddress(key, entry);
            }
        }
    }

    /**
     * A contact as the card it is.
     *
     * @param clientUid the UID the client gave the card, if it created it; else the item's id
     * @param photo     the contact's {@link #picture}, when the caller fetched it
     */
    ContactCard read(Contact contact, Optional<String> clientUid, Optional<ContactCard.Photo> photo)
            throws Exception {
        String prefix = nonNull(PimProperties.string(contact, NAME_PREFIX));
        PersonName name = new PersonName(get(contact::getSurname), get(contact::getGivenName),
                get(contact::getMiddleName), prefix, get(contact::getGeneration));
        String body = contact.getBody() == null ? "" : nonNull(MessageBody.getStringFromMessageBody(contact.getBody()));
        List<URI> urls = new ArrayList<>();
        String homePage = get(contact::getBusinessHomePage);
        if (!homePage.isBlank()) {
            try {
                urls.add(new URI(homePage.strip()));
            } catch (URISyntaxException e) {
                // another program's text that is no URL: not a URL property
            }
        }
        String uid = clientUid.isPresent() ? clientUid.get() : contact.getId().getUniqueId();
        return new ContactCard(uid, false, get(contact::getDisplayName), name, get(contact::getNickName),
                emails(contact), phones(contact), addresses(contact), get(contact::getCompanyName),
                get(contact::getDepartment), get(contact::getJobTitle), day(EventConverter.optional(contact::getBirthday)),
                day(EventConverter.optional(contact::getWeddingAnniversary)), body,
                EventConverter.categories(EventConverter.optional(contact::getCategories)), urls, photo, List.of());
    }

    private static List<String> emails(Contact contact) {
        EmailAddressDictionary dictionary = EventConverter.optional(contact::getEmailAddresses);
        List<String> emails = new ArrayList<>();
        if (dictionary == null) {
            return emails;
        }
        for (EmailAddressKey key : EMAIL_SLOTS) {
            var found = new microsoft.exchange.webservices.data.misc.OutParam<EmailAddress>();
            if (dictionary.tryGetValue(key, found) && found.getParam() != null && found.getParam().getAddress() != null
                    && !found.getParam().getAddress().isBlank()) {
                emails.add(found.getParam().getAddress().strip());
            }
        }
        return emails;
    }

    private static Map<PhoneSlot, String> phones(Contact contact) {
        PhoneNumberDictionary dictionary = EventConverter.optional(contact::getPhoneNumbers);
        Map<PhoneSlot, String> phones = new EnumMap<>(PhoneSlot.class);
        if (dictionary == null) {
            return phones;
        }
        for (PhoneSlot slot : PhoneSlot.values()) {
            String number = dictionary.getPhoneNumber(phoneKey(slot));
            if (number != null && !number.isBlank()) {
                phones.put(slot, number);
            }
        }
        return phones;
    }

    private static Map<AddressSlot, PostalAddress> addresses(Contact contact) throws Exception {
        PhysicalAddressDictionary dictionary = EventConverter.optional(contact::getPhysicalAddresses);
        Map<AddressSlot, PostalAddress> addresses = new EnumMap<>(AddressSlot.class);
        if (dictionary == null) {
            return addresses;
        }
        for (AddressSlot slot : AddressSlot.values()) {
            PhysicalAddressEntry entry = dictionary.getPhysicalAddress(addressKey(slot));
            if (entry != null) {
                addresses.put(slot, new PostalAddress(entry.getStreet(), entry.getCity(), entry.getState(),
                        entry.getPostalCode(), entry.getCountryOrRegion()));
            }
        }
        return addresses;
    }

    static PhoneNumberKey phoneKey(PhoneSlot slot) {
        return switch (slot) {
            case BUSINESS -> PhoneNumberKey.BusinessPhone;
            case BUSINESS_2 -> PhoneNumberKey.BusinessPhone2;
            case HOME -> PhoneNumberKey.HomePhone;
            case HOME_2 -> PhoneNumberKey.HomePhone2;
            case MOBILE -> PhoneNumberKey.MobilePhone;
            case BUSINESS_FAX -> PhoneNumberKey.BusinessFax;
            case HOME_FAX -> PhoneNumberKey.HomeFax;
            case PAGER -> PhoneNumberKey.Pager;
            case CAR -> PhoneNumberKey.CarPhone;
            case OTHER -> PhoneNumberKey.OtherTelephone;
        };
    }

    private static PhysicalAddressKey addressKey(AddressSlot slot) {
        return switch (slot) {
            case BUSINESS -> PhysicalAddressKey.Business;
            case HOME -> PhysicalAddressKey.Home;
            case OTHER -> PhysicalAddressKey.Other;
        };
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The day nearest the stored moment: midnight UTC, or midnight in the writer's zone (UTC-12 to +12). */
    private static Optional<LocalDate> day(Date stored) {
        if (stored == null) {
            return Optional.empty();
        }
        return Optional.of(stored.toInstant().plus(Duration.ofHours(12)).atOffset(ZoneOffset.UTC).toLocalDate());
    }

    private static String get(EventConverter.Getter<String> getter) {
        return nonNull(EventConverter.optional(getter));
    }

    /** An empty part is left out of a new contact and removed from an existing one. */
    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static ExtendedPropertyDefinition tag(int tag) {
        try {
            return new ExtendedPropertyDefinition(tag, MapiPropertyType.String);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
