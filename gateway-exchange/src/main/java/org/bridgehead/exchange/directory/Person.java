package org.bridgehead.exchange.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person of the directory or of the user's contacts. Text fields are null when unknown.
 *
 * @param id             stable within its source: the primary address of a directory entry, the
 *                       item id of a contact
 * @param source         where the entry comes from
 * @param emailAddresses every SMTP address, the primary first; may be empty for a contact
 * @param manager        the manager's display name
 * @param notes          free text (a contact's notes, a directory entry's description)
 * @param hasPhoto       whether the backend knows of a picture: {@link DirectoryService#photo} is then worth asking
 */
public record Person(String id, PeopleSource source, String displayName, String givenName, String surname,
                     String nickname, List<String> emailAddresses, String jobTitle, String department,
                     String company, String office, String businessPhone, String mobilePhone, String homePhone,
                     String businessFax, PostalAddress businessAddress, PostalAddress homeAddress, String manager,
                     String notes, boolean hasPhoto) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        emailAddresses = List.copyOf(emailAddresses);
    }

    /** The primary address, if the person has one. */
    public Optional<String> primaryAddress() {
        return emailAddresses.isEmpty() ? Optional.empty() : Optional.of(emailAddresses.get(0));
    }

    public static Builder builder(String id, PeopleSource source) {
        return new Builder(id, source);
    }

    public Builder toBuilder() {
        return new Builder(id, source).displayName(displayName).givenName(givenName).surname(surname)
                .nickname(nickname).emailAddresses(emailAddresses).jobTitle(jobTitle).department(department)
                .company(company).office(office).businessPhone(businessPhone).mobilePhone(mobilePhone)
                .homePhone(homePhone).businessFax(businessFax).businessAddress(businessAddress)
                .homeAddress(homeAddress).manager(manager).notes(notes).hasPhoto(hasPhoto);
    }

    /** Builds a person field by field; backends fill what their answer has. */
    public static final class Builder {
        private final String id;
        private final PeopleSource source;
        private String displayName;
        private String givenName;
        private String surname;
        private String nickname;
        private final List<String> emailAddresses = new ArrayList<>();
        private String jobTitle;
        private String department;
        private String company;
        private String office;
        private String businessPhone;
        private String mobilePhone;
        private String homePhone;
        private String businessFax;
        private PostalAddress businessAddress;
        private PostalAddress homeAddress;
        private String manager;
        private String notes;
        private boolean hasPhoto;

        private Builder(String id, PeopleSource source) {
            this.id = id;
            this.source = source;
        }

        public Builder displayName(String value) {
            displayName = blankToNull(value);
            return this;
        }

        public Builder givenName(String value) {
            givenName = blankToNull(value);
            return this;
        }

        public Builder surname(String value) {
            surname = blankToNull(value);
            return this;
        }

        public Builder nickname(String value) {
            nickname = blankToNull(value);
            return this;
        }

        /** Adds addresses not already present (compared without case), keeping the first as primary. */
        public Builder emailAddresses(List<String> values) {
            values.forEach(this::emailAddress);
            return this;
        }

        public Builder emailAddress(String value) {
            String address = blankToNull(value);
            if (address != null && emailAddresses.stream().noneMatch(address::equalsIgnoreCase)) {
                emailAddresses.add(address);
            }
            return this;
        }

        public Builder jobTitle(String value) {
            jobTitle = blankToNull(value);
            return this;
        }

        public Builder department(String value) {
            department = blankToNull(value);
            return this;
        }

        public Builder company(String value) {
            company = blankToNull(value);
            return this;
        }

        public Builder office(String value) {
            office = blankToNull(value);
            return this;
        }

        public Builder businessPhone(String value) {
            businessPhone = blankToNull(value);
            return this;
        }

        public Builder mobilePhone(String value) {
            mobilePhone = blankToNull(value);
            return this;
        }

        public Builder homePhone(String value) {
            homePhone = blankToNull(value);
            return this;
        }

        public Builder businessFax(String value) {
            businessFax = blankToNull(value);
            return this;
        }

        public Builder businessAddress(PostalAddress value) {
            businessAddress = value == null || value.isEmpty() ? null : value;
            return this;
        }

        public Builder homeAddress(PostalAddress value) {
            homeAddress = value == null || value.isEmpty() ? null : value;
            return this;
        }

        public Builder manager(String value) {
            manager = blankToNull(value);
            return this;
        }

        public Builder notes(String value) {
            notes = blankToNull(value);
            return this;
        }

        public Builder hasPhoto(boolean value) {
            hasPhoto = value;
            return this;
        }

        public Person build() {
            return new Person(id, source, displayName, givenName, surname, nickname, emailAddresses, jobTitle,
                    department, company, office, businessPhone, mobilePhone, homePhone, businessFax,
                    businessAddress, homeAddress, manager, notes, hasPhoto);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }
}
