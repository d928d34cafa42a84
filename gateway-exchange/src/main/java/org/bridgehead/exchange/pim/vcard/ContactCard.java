package org.bridgehead.exchange.pim.vcard;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact or distribution list as Exchange can hold it (a Contact or DistributionList item).
 *
 * @param uid          the vCard UID
 * @param group        true for a distribution list (KIND:group)
 * @param displayName  FN
 * @param name         N
 * @param nickname     NICKNAME, may be empty
 * @param emails       up to three addresses, the preferred first (Exchange's EmailAddress1-3)
 * @param phones       numbers by Exchange's slot
 * @param addresses    postal addresses by Exchange's slot
 * @param company      ORG's organisation, may be empty
 * @param department   ORG's first unit, may be empty
 * @param jobTitle     TITLE, may be empty
 * @param birthday     BDAY
 * @param anniversary  ANNIVERSARY (X-ANNIVERSARY in vCard 3.0)
 * @param notes        NOTE, may be empty
 * @param categories   CATEGORIES in order
 * @param urls         URLs, the business home page first
 * @param photo        PHOTO
 * @param members      a distribution list's members (MEMBER, or Apple's X-ADDRESSBOOKSERVER-MEMBER)
 */
public record ContactCard(String uid, boolean group, String displayName, PersonName name, String nickname,
        List<String> emails, Map<PhoneSlot, String> phones, Map<AddressSlot, PostalAddress> addresses, String company,
        String department, String jobTitle, Optional<LocalDate> birthday, Optional<LocalDate> anniversary,
        String notes, List<String> categories, List<URI> urls, Optional<Photo> photo, List<Member> members) {

    /** Exchange's phone number keys (PhoneNumberKey). */
    public enum PhoneSlot {
        BUSINESS, BUSINESS_2, HOME, HOME_2, MOBILE, BUSINESS_FAX, HOME_FAX, PAGER, CAR, OTHER
    }

    /** Exchange's physical address keys (PhysicalAddressKey). */
    public enum AddressSlot {
        BUSINESS, HOME, OTHER
    }

    /** N: family, given and middle names with prefix and suffix; parts may be empty. */
    public record PersonName(String family, String given, String middle, String prefix, String suffix) {
        public PersonName {
            family = family == null ? "" : family;
            given = given == null ? "" : given;
            middle = middle == null ? "" : middle;
            prefix = prefix == null ? "" : prefix;
            suffix = suffix == null ? "" : suffix;
        }
    }

    /** ADR; parts may be empty. */
    public record PostalAddress(String street, String city, String region, String postalCode, String country) {
        public PostalAddress {
            street = street == null ? "" : street;
            city = city == null ? "" : city;
            region = region == null ? "" : region;
            postalCode = postalCode == null ? "" : postalCode;
            country = country == null ? "" : country;
        }
    }

    /** A picture with its media type (e.g. {@code image/jpeg}). */
    public record Photo(byte[] data, String mediaType) {
        public Photo {
            data = data.clone();
            Objects.requireNonNull(mediaType, "mediaType");
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Photo photo && java.util.Arrays.equals(data, photo.data)
                    && mediaType.equals(photo.mediaType);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(data) * 31 + mediaType.hashCode();
        }

        @Override
        public String toString() {
            return "Photo[" + mediaType + ", " + data.length + " bytes]";
        }
    }

    /**
     * A list member: an address ({@code mailto:}) or another contact ({@code urn:uuid:}).
     *
     * @param uri  the member's URI
     * @param name the display name, may be empty
     */
    public record Member(String uri, String name) {
        public Member {
            Objects.requireNonNull(uri, "uri");
            name = name == null ? "" : name;
        }

        /** The address of a {@code mailto:} member, or empty for a contact reference. */
        public Optional<String> email() {
            return uri.regionMatches(true, 0, "mailto:", 0, 7) ? Optional.of(uri.substring(7)) : Optional.empty();
        }
    }

    public ContactCard {
        Objects.requireNonNull(uid, "uid");
        displayName = displayName == null ? "" : displayName;
        Objects.requireNonNull(name, "name");
        nickname = nickname == null ? "" : nickname;
        emails = List.copyOf(emails);
        phones = Map.copyOf(phones);
        addresses = Map.copyOf(addresses);
        company = company == null ? "" : company;
        department = department == null ? "" : department;
        jobTitle = jobTitle == null ? "" : jobTitle;
        Objects.requireNonNull(birthday, "birthday");
        Objects.requireNonNull(anniversary, "anniversary");
        notes = notes == null ? "" : notes;
        categories = List.copyOf(categories);
        urls = List.copyOf(urls);
        Objects.requireNonNull(photo, "photo");
        members = List.copyOf(members);
    }
}
