package org.bridgehead.exchange.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges directory entries and contacts into one list without duplicates: people sharing an
 * address are one person, the directory's data first and the contact's filling its gaps.
 */
public final class PeopleMerger {

    private PeopleMerger() {
    }

    /** Merged in the order given, directory entries before contacts of the same address. */
    public static List<Person> merge(List<Person> people) {
        List<Person> ordered = new ArrayList<>(people.stream().filter(p -> p.source() == PeopleSource.DIRECTORY).toList());
        ordered.addAll(people.stream().filter(p -> p.source() != PeopleSource.DIRECTORY).toList());
        Map<String, Person> byKey = new LinkedHashMap<>();
        Map<String, String> keyOfAddress = new LinkedHashMap<>();
        for (Person person : ordered) {
            String key = person.source() + ":" + person.id();
            String existing = person.emailAddresses().stream().map(a -> keyOfAddress.get(a.toLowerCase(Locale.ROOT)))
                    .filter(k -> k != null).findFirst().orElse(null);
            if (existing != null) {
                byKey.put(existing, fillGaps(byKey.get(existing), person));
                key = existing;
            } else if (byKey.containsKey(key)) {
                continue;
            } else {
                byKey.put(key, person);
            }
            for (String address : person.emailAddresses()) {
                keyOfAddress.putIfAbsent(address.toLowerCase(Locale.ROOT), key);
            }
        }
        return List.copyOf(byKey.values());
    }

    private static Person fillGaps(Person first, Person second) {
        return first.toBuilder()
                .displayName(or(first.displayName(), second.displayName()))
                .givenName(or(first.givenName(), second.givenName()))
                .surname(or(first.surname(), second.surname()))
                .nickname(or(first.nickname(), second.nickname()))
                .emailAddresses(second.emailAddresses())
                .jobTitle(or(first.jobTitle(), second.jobTitle()))
                .department(or(first.department(), second.department()))
                .company(or(first.company(), second.company()))
                .office(or(first.office(), second.office()))
                .businessPhone(or(first.businessPhone(), second.businessPhone()))
                .mobilePhone(or(first.mobilePhone(), second.mobilePhone()))
                .homePhone(or(first.homePhone(), second.homePhone()))
                .businessFax(or(first.businessFax(), second.businessFax()))
                .businessAddress(or(first.businessAddress(), second.businessAddress()))
                .homeAddress(or(first.homeAddress(), second.homeAddress()))
                .manager(or(first.manager(), second.manager()))
                .notes(or(first.notes(), second.notes()))
                .hasPhoto(first.hasPhoto() || second.hasPhoto())
                .build();
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }
}
