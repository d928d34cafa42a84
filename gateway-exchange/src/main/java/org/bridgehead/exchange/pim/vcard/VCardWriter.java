package org.bridgehead.exchange.pim.vcard;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.ImageType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Anniversary;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Kind;
import ezvcard.property.Member;
import ezvcard.property.Nickname;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.Photo;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Uid;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.exchange.InvalidContentException;
import org.bridgehead.exchange.pim.vcard.ContactCard.AddressSlot;
import org.bridgehead.exchange.pim.vcard.ContactCard.PhoneSlot;
import org.bridgehead.exchange.pim.vcard.ContactCard.PostalAddress;

/**
 * {@link ContactCard} -> vCard, in the version the client last wrote (3.0 if none). What Exchange
 * holds comes from the card; every other property of the client's original is kept as it was.
 */
public final class VCardWriter {

    private static final List<Class<? extends VCardProperty>> MAPPED = List.of(Uid.class, FormattedName.class,
            StructuredName.class, Nickname.class, Email.class, Telephone.class, Address.class, Organization.class,
            Title.class, Birthday.class, Anniversary.class, Note.class, Categories.class, Kind.class, Member.class);

    private VCardWriter() {
    }

    public static String write(ContactCard contact, Optional<String> original) {
        VCard card = originalCard(original);
        VCardVersion version = card.getVersion() == null ? VCardVersion.V3_0 : card.getVersion();
        List<Url> keptUrls = new ArrayList<>(card.getUrls());
        MAPPED.forEach(card::removeProperties);
        card.removeProperties(Url.class);
        VCardReader.ANNIVERSARY_EXTENSIONS.forEach(card::removeExtendedProperty);
        card.removeExtendedProperty(VCardReader.APPLE_KIND);
        card.removeExtendedProperty(VCardReader.APPLE_MEMBER);
        if (contact.photo().isPresent()) {
            card.getPhotos().removeIf(photo -> photo.getData() != null);
        }

        card.setUid(new Uid(contact.uid()));
        card.setFormattedName(contact.displayName());
        StructuredName name = new StructuredName();
        name.setFamily(contact.name().family());
        name.setGiven(contact.name().given());
        addNonEmpty(name.getAdditionalNames(), contact.name().middle());
        addNonEmpty(name.getPrefixes(), contact.name().prefix());
        addNonEmpty(name.getSuffixes(), contact.name().suffix());
        card.setStructuredName(name);
        if (!contact.nickname().isEmpty()) {
            card.setNickname(contact.nickname().split(","));
        }
        for (int i = 0; i < contact.emails().size(); i++) {
            Email email = card.addEmail(contact.emails().get(i), EmailType.INTERNET);
            if (i == 0) {
                email.setPref(1);
            }
        }
        for (Map.Entry<PhoneSlot, String> phone : sorted(contact.phones())) {
            card.addTelephoneNumber(phone.getValue(), phoneTypes(phone.getKey()));
        }
        for (AddressSlot slot : AddressSlot.values()) {
            PostalAddress postal = contact.addresses().get(slot);
            if (postal != null) {
                card.addAddress(address(postal, slot));
            }
        }
        if (!contact.company().isEmpty() || !contact.department().isEmpty()) {
            Organization org = new Organization();
            org.getValues().add(contact.company());
            addNonEmpty(org.getValues(), contact.department());
            card.setOrganization(org);
        }
        if (!contact.jobTitle().isEmpty()) {
            card.addTitle(contact.jobTitle());
        }
        contact.birthday().ifPresent(day -> card.setBirthday(new Birthday(day)));
        contact.anniversary().ifPresent(day -> {
            if (version == VCardVersion.V4_0) {
                card.setAnniversary(new Anniversary(day));
            } else {
                card.addExtendedProperty("X-ANNIVERSARY", day.toString());
            }
        });
        if (!contact.notes().isEmpty()) {
            card.addNote(contact.notes());
        }
        if (!contact.categories().isEmpty()) {
            card.setCategories(contact.categories().toArray(String[]::new));
        }
        writeUrls(card, contact.urls(), keptUrls);
        contact.photo().ifPresent(photo -> card.addPhoto(new Photo(photo.data(), imageType(photo.mediaType()))));
        writeGroup(card, contact, version);
        return Ezvcard.write(card).version(version).prodId(false).go();
    }

    private static VCard originalCard(Optional<String> original) {
        if (original.isPresent()) {
            try {
                return VCardReader.parse(original.get());
            } catch (InvalidContentException e) {
                // an original that no longer parses is not merged
            }
        }
        return new VCard();
    }

    /** Exchange holds one home page: the client's further URLs are kept after it. */
    private static void writeUrls(VCard card, List<URI> urls, List<Url> clientUrls) {
        List<String> written = new ArrayList<>();
        for (URI url : urls) {
            card.addUrl(url.toString());
            written.add(url.toString());
        }
        for (int i = 1; i < clientUrls.size(); i++) {
            Url url = clientUrls.get(i);
            if (url.getValue() != null && !written.contains(url.getValue())) {
                card.addUrl(url);
            }
        }
    }

    private static void writeGroup(VCard card, ContactCard contact, VCardVersion version) {
        if (!contact.group()) {
            return;
        }
        if (version == VCardVersion.V4_0) {
            card.setKind(Kind.group());
            contact.members().forEach(member -> card.addMember(new Member(member.uri())));
        } else {
            // Apple's form, which vCard 3.0 clients (macOS, iOS, Evolution, khard) understand
            card.addExtendedProperty(VCardReader.APPLE_KIND, "group");
            contact.members().forEach(member -> card.addExtendedProperty(VCardReader.APPLE_MEMBER, member.uri()));
        }
    }

    private static List<Map.Entry<PhoneSlot, String>> sorted(Map<PhoneSlot, String> phones) {
        List<Map.Entry<PhoneSlot, String>> entries = new ArrayList<>(phones.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        return entries;
    }

    private static TelephoneType[] phoneTypes(PhoneSlot slot) {
        return switch (slot) {
            case BUSINESS, BUSINESS_2 -> new TelephoneType[] {TelephoneType.WORK, TelephoneType.VOICE};
            case HOME, HOME_2 -> new TelephoneType[] {TelephoneType.HOME, TelephoneType.VOICE};
            case MOBILE -> new TelephoneType[] {TelephoneType.CELL};
            case BUSINESS_FAX -> new TelephoneType[] {TelephoneType.WORK, TelephoneType.FAX};
            case HOME_FAX -> new TelephoneType[] {TelephoneType.HOME, TelephoneType.FAX};
            case PAGER -> new TelephoneType[] {TelephoneType.PAGER};
            case CAR -> new TelephoneType[] {TelephoneType.CAR};
            case OTHER -> new TelephoneType[] {TelephoneType.VOICE};
        };
    }

    private static Address address(PostalAddress postal, AddressSlot slot) {
        Address address = new Address();
        address.getStreetAddresses().addAll(Arrays.asList(postal.street().split("\n")));
        address.setLocality(postal.city());
        address.setRegion(postal.region());
        address.setPostalCode(postal.postalCode());
        address.setCountry(postal.country());
        switch (slot) {
            case BUSINESS -> address.getTypes().add(AddressType.WORK);
            case HOME -> address.getTypes().add(AddressType.HOME);
            default -> address.getTypes().add(AddressType.get("other"));
        }
        return address;
    }

    private static ImageType imageType(String mediaType) {
        ImageType known = ImageType.find(null, mediaType, null);
        return known != null ? known : ImageType.JPEG;
    }

    private static void addNonEmpty(List<String> values, String value) {
        if (!value.isEmpty()) {
            values.add(value);
        }
    }
}
