package org.bridgehead.simulator.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Global Address List: people found by name or address, as Exchange's ambiguous name
 * resolution does, and the pictures of those who have one.
 */
public final class Directory {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private final Map<String, Entry> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Function<String, byte[]>> photos = new ConcurrentHashMap<>();
    private volatile List<Entry> sorted;

    /** A person with the folded forms name resolution compares, computed once. */
    private record Entry(Person person, String sortKey, List<String> names, List<String> addresses) {
    }

    /** Adds or replaces the entry with the person's address. */
    public void add(Person person) {
        List<String> names = Stream.of(person.displayName(), person.givenName(), person.surname(), person.localPart())
                .filter(v -> v != null && !v.isBlank()).map(Directory::fold).toList();
        List<String> addresses = new ArrayList<>();
        addresses.add(fold(person.address()));
        person.proxyAddresses().stream().map(Directory::fold).forEach(addresses::add);
        byAddress.put(key(person.address()), new Entry(person, fold(person.displayName()), names, addresses));
        sorted = null;
    }

    public Optional<Person> find(String address) {
        Entry entry = byAddress.get(key(address));
        if (entry != null) {
            return Optional.of(entry.person());
        }
        String folded = fold(address);
        return byAddress.values().stream().filter(e -> e.addresses().contains(folded)).map(Entry::person).findFirst();
    }

    /** Every entry, by display name. */
    public List<Person> all() {
        return entries().stream().map(Entry::person).toList();
    }

    /**
     * Gives the person a picture, made when first asked for (JPEG bytes from the address), so that
     * a large generated directory costs nothing until a client asks.
     */
    public void setPhoto(String address, Function<String, byte[]> photo) {
        photos.put(key(address), photo);
    }

    public boolean hasPhoto(String address) {
        return photos.containsKey(key(address));
    }

    /** The person's picture (JPEG), if the directory has one. */
    public Optional<byte[]> photo(String address) {
        return find(address).flatMap(p -> Optional.ofNullable(photos.get(key(p.address())))
                .map(make -> make.apply(p.address())));
    }

    /**
     * People whose display name, first name, last name or address local part starts with the query
     * or, for a query with '@', whose address or an alias starts with it ("SMTP:" prefix allowed);
     * case- and accent-insensitive, as Exchange's ambiguous name resolution.
     */
    public List<Person> resolve(String query) {
        String q = fold(query);
        if (q.startsWith("smtp:")) {
            q = q.substring("smtp:".length());
        }
        if (q.isEmpty()) {
            return List.of();
        }
        String wanted = q;
        return entries().stream().filter(e -> matches(e, wanted)).map(Entry::person).toList();
    }

    private List<Entry> entries() {
        List<Entry> current = sorted;
        if (current == null) {
            current = byAddress.values().stream().sorted(Comparator.comparing(Entry::sortKey)).toList();
            sorted = current;
        }
        return current;
    }

    private static boolean matches(Entry e, String q) {
        if (q.contains("@")) {
            return e.addresses().stream().anyMatch(a -> a.startsWith(q));
        }
        return e.names().stream().anyMatch(n -> n.startsWith(q));
    }

    /** Lower case without accents, as name resolution compares. */
    public static String fold(String s) {
        String decomposed = Normalizer.normalize(s.trim(), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}
