package org.bridgehead.exchange.pim.vcard;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.Email;
import ezvcard.property.Member;
import ezvcard.property.Photo;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.exchange.InvalidContentException;
import org.bridgehead.exchange.pim.vcard.ContactCard.AddressSlot;
import org.bridgehead.exchange.pim.vcard.ContactCard.PersonName;
import org.bridgehead.exchange.pim.vcard.ContactCard.PhoneSlot;
import org.bridgehead.exchange.pim.vcard.ContactCard.PostalAddress;

/** A client's vCard (3.0 or 4.0) -> {@link ContactCard}. */
public final class VCardReader {

    /** vCard 3.0 has no ANNIVERSARY; clients write one of these instead. */
    static final List<String> ANNIVERSARY_EXTENSIONS =
            List.of("X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-MS-ANNIVERSARY");
    static final String APPLE_KIND = "X-ADDRESSBOOKSERVER-KIND";
    static final String APPLE_MEMBER = "X-ADDRESSBOOKSERVER-MEMBER";

    private VCardReader() {
    }

    public static ContactCard read(String text) throws InvalidContentException {
        VCard card = parse(text);
        String uid = card.getUid() == null || card.getUid().getValue() == null ? "" : card.getUid().getValue().strip();
        if (uid.isEmpty()) {
            throw new InvalidContentException("The vCard has no UID", null);
        }
        StructuredName n = card.getStructuredName();
        PersonName name = n == null ? new PersonName("", "", "", "", "")
                : new PersonName(n.getFamily(), n.getGiven(), String.join(" ", n.getAdditionalNames()),
                        String.join(" ", n.getPrefixes()), String.join(" ", n.getSuffixes()));
        String displayName = card.getFormattedName() == null ? "" : card.getFormattedName().getValue();
        if (displayName == null || displayName.isBlank()) {
            displayName = String.join(" ", List.of(name.given(), name.family())).strip();
        }
        List<String> emails = new ArrayList<>();
        card.getEmails().stream()
                .sorted((a, b) -> Integer.compare(preference(a), preference(b)))
                .map(Email::getValue).filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(emails::add);
        String company = "";
        String department = "";
        if (card.getOrganization() != null && !card.getOrganization().getValues().isEmpty()) {
            List<String> org = card.getOrganization().getValues();
            company = org.get(0);
            department = org.size() > 1 ? org.get(1) : "";
        }
        List<String> categories = new ArrayList<>();
        card.getCategoriesList().forEach(c -> categories.addAll(c.getValues()));
        return new ContactCard(uid, isGroup(card), displayName, name,
                card.getNickname() == null ? "" : String.join(",", card.getNickname().getValues()), emails,
                phones(card), addresses(card), company, department,
                card.getTitles().isEmpty() ? "" : card.getTitles().get(0).getValue(),
                day(card.getBirthday()), anniversary(card), notes(card), categories, urls(card), photo(card),
                members(card));
    }

    static VCard parse(String text) throws InvalidContentException {
        if (text == null || text.isBlank()) {
            throw new InvalidContentException("The vCard body is empty", null);
        }
        List<VCard> cards;
        try {
            cards = Ezvcard.parse(text).all();
        } catch (RuntimeException e) {
            throw new InvalidContentException("Invalid vCard: " + e.getMessage(), e);
        }
        if (cards.isEmpty()) {
            throw new InvalidContentException("The body holds no vCard", null);
        }
        if (cards.size() > 1) {
            throw new InvalidContentException("An address book resource holds one vCard, not " + cards.size(), null);
        }
        return cards.get(0);
    }

    /** PREF=1 (vCard 4.0) or TYPE=PREF (3.0) first; then in the client's order (a stable sort). */
    private static int preference(Email email) {
        if (email.getPref() != null) {
            return email.getPref();
        }
        return email.getTypes().contains(ezvcard.parameter.EmailType.PREF) ? 1 : 101;
    }

    private static boolean isGroup(VCard card) {
        if (card.getKind() != null) {
            return card.getKind().isGroup();
        }
        RawProperty apple = card.getExtendedProperty(APPLE_KIND);
        return apple != null && "group".equalsIgnoreCase(apple.getValue().strip());
    }

    private static Map<PhoneSlot, String> phones(VCard card) {
        Map<PhoneSlot, String> phones = new EnumMap<>(PhoneSlot.class);
        for (Telephone telephone : card.getTelephoneNumbers()) {
            String number = telephone.getText() != null ? telephone.getText()
                    : telephone.getUri() == null ? null : telephone.getUri().getNumber();
            if (number == null || number.isBlank()) {
                continue;
            }
            Set<TelephoneType> types = Set.copyOf(telephone.getTypes());
            List<PhoneSlot> choices = slotsFor(types);
            for (PhoneSlot slot : choices) {
                if (!phones.containsKey(slot)) {
                    phones.put(slot, number.strip());
                    break;
                }
            }
        }
        return phones;
    }

    /** Exchange's slots a TEL of these types may take, in order of preference. */
    private static List<PhoneSlot> slotsFor(Set<TelephoneType> types) {
        if (types.contains(TelephoneType.CELL)) {
            return List.of(PhoneSlot.MOBILE, PhoneSlot.OTHER);
        }
        if (types.contains(TelephoneType.PAGER)) {
            return List.of(PhoneSlot.PAGER, PhoneSlot.OTHER);
        }
        if (types.contains(TelephoneType.FAX)) {
            return types.contains(TelephoneType.HOME) ? List.of(PhoneSlot.HOME_FAX, PhoneSlot.BUSINESS_FAX)
                    : List.of(PhoneSlot.BUSINESS_FAX, PhoneSlot.HOME_FAX);
        }
        if (types.contains(TelephoneType.CAR)) {
            return List.of(PhoneSlot.CAR, PhoneSlot.OTHER);
        }
        if (types.contains(TelephoneType.WORK)) {
            return List.of(PhoneSlot.BUSINESS, PhoneSlot.BUSINESS_2, PhoneSlot.OTHER);
        }
        if (types.contains(TelephoneType.HOME)) {
            return List.of(PhoneSlot.HOME, PhoneSlot.HOME_2, PhoneSlot.OTHER);
        }
        return List.of(PhoneSlot.OTHER, PhoneSlot.BUSINESS, PhoneSlot.HOME, PhoneSlot.BUSINESS_2, PhoneSlot.HOME_2);
    }

    private static Map<AddressSlot, PostalAddress> addresses(VCard card) {
        Map<AddressSlot, PostalAddress> addresses = new EnumMap<>(AddressSlot.class);
        for (Address address : card.getAddresses()) {
            List<AddressType> types = address.getTypes();
            List<AddressSlot> choices = types.contains(AddressType.WORK)
                    ? List.of(AddressSlot.BUSINESS, AddressSlot.OTHER)
                    : types.contains(AddressType.HOME) ? List.of(AddressSlot.HOME, AddressSlot.OTHER)
                    : List.of(AddressSlot.OTHER, AddressSlot.BUSINESS, AddressSlot.HOME);
            for (AddressSlot slot : choices) {
                if (!addresses.containsKey(slot)) {
                    addresses.put(slot, new PostalAddress(String.join("\n", address.getStreetAddresses()),
                            address.getLocality(), address.getRegion(), address.getPostalCode(), address.getCountry()));
                    break;
                }
            }
        }
        return addresses;
    }

    private static Optional<LocalDate> anniversary(VCard card) throws InvalidContentException {
        if (card.getAnniversary() != null) {
            return day(card.getAnniversary());
        }
        for (String name : ANNIVERSARY_EXTENSIONS) {
            RawProperty raw = card.getExtendedProperty(name);
            if (raw != null && raw.getValue() != null && !raw.getValue().isBlank()) {
                return Optional.of(parseDay(raw.getValue().strip(), name));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> day(DateOrTimeProperty property) throws InvalidContentException {
        if (property == null) {
            return Optional.empty();
        }
        Temporal date = property.getDate();
        if (date instanceof LocalDate day) {
            return Optional.of(day);
        }
        if (date instanceof LocalDateTime time) {
            return Optional.of(time.toLocalDate());
        }
        if (date instanceof OffsetDateTime time) {
            return Optional.of(time.toLocalDate());
        }
        if (property.getText() != null) {
            return Optional.of(parseDay(property.getText().strip(), "BDAY"));
        }
        return Optional.empty(); // a partial date (--1224) is kept verbatim with the unmapped properties
    }

    private static LocalDate parseDay(String value, String name) throws InvalidContentException {
        try {
            String digits = value.length() >= 10 && value.charAt(4) == '-' ? value.substring(0, 10)
                    : value.substring(0, Math.min(8, value.length()));
            return digits.contains("-") ? LocalDate.parse(digits) : LocalDate.parse(digits,
                    java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new InvalidContentException("Invalid date in " + name + ": " + value, e);
        }
    }

    private static String notes(VCard card) {
        List<String> notes = new ArrayList<>();
        card.getNotes().forEach(note -> notes.add(note.getValue()));
        return String.join("\n", notes);
    }

    private static List<URI> urls(VCard card) {
        List<URI> urls = new ArrayList<>();
        for (Url url : card.getUrls()) {
            try {
                urls.add(new URI(url.getValue().strip()));
            } catch (URISyntaxException | NullPointerException e) {
                // not a URL: dropped rather than stored as something else
            }
        }
        return urls;
    }

    private static Optional<ContactCard.Photo> photo(VCard card) {
        for (Photo photo : card.getPhotos()) {
            if (photo.getData() != null && photo.getData().length > 0) {
                String type = photo.getContentType() == null || photo.getContentType().getMediaType() == null
                        ? "image/jpeg" : photo.getContentType().getMediaType();
                return Optional.of(new ContactCard.Photo(photo.getData(), type));
            }
        }
        return Optional.empty();
    }

    private static List<ContactCard.Member> members(VCard card) {
        List<ContactCard.Member> members = new ArrayList<>();
        for (Member member : card.getMembers()) {
            if (member.getUri() != null) {
                members.add(new ContactCard.Member(member.getUri().strip(), ""));
            }
        }
        for (RawProperty apple : card.getExtendedProperties(APPLE_MEMBER)) {
            members.add(new ContactCard.Member(apple.getValue().strip(), ""));
        }
        return members;
    }
}
