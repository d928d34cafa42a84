package org.bridgehead.caldav.gal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.directory.DirectoryService;
import org.bridgehead.exchange.directory.PeopleSearch;
import org.bridgehead.exchange.directory.PeopleSource;
import org.bridgehead.exchange.directory.Person;
import org.bridgehead.exchange.directory.SearchCriterion;

/**
 * The read-only directory address book: people of the organisation's directory as vCards, named
 * {@code <primary address>.vcf}; the etag is a digest of the vCard, so it changes when the entry does.
 */
public final class GalEntries {

    /** Most people one directory search returns. */
    public static final int LIMIT = 200;

    /** One person as a resource of the address book. */
    public record Entry(String name, String etag, String vcard) {
    }

    private GalEntries() {
    }

    /** People matching any of the criteria, from the directory only (contacts have their own address book). */
    public static List<Entry> search(DirectoryService directory, List<SearchCriterion> anyOf, int limit)
            throws BackendException {
        PeopleSearch search = new PeopleSearch(anyOf, java.util.Set.of(PeopleSource.DIRECTORY),
                Math.max(1, Math.min(limit, LIMIT)), Optional.empty());
        List<Entry> entries = new ArrayList<>();
        for (Person person : directory.search(search).people()) {
            person.primaryAddress().ifPresent(address -> entries.add(entry(person, address)));
        }
        return entries;
    }

    /** The person a resource name ({@code bob@example.com.vcf}) stands for. */
    public static Optional<Entry> find(DirectoryService directory, String name) throws BackendException {
        String address = name.endsWith(".vcf") ? name.substring(0, name.length() - 4) : name;
        if (address.isBlank() || address.indexOf('@') < 0) {
            return Optional.empty();
        }
        return search(directory, List.of(SearchCriterion.emailIs(address)), 5).stream()
                .filter(entry -> entry.name().equalsIgnoreCase(address + ".vcf")).findFirst();
    }

    private static Entry entry(Person person, String address) {
        String vcard = PersonVcard.of(person, address);
        return new Entry(address + ".vcf", digest(vcard), vcard);
    }

    private static String digest(String vcard) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(vcard.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
