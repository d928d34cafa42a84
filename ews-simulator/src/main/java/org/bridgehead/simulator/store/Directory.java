package org.bridgehead.simulator.store;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The Global Address List: people found by name or address, as Exchange's ambiguous name resolution does. */
public final class Directory {
    private final Map<String, Person> byAddress = new ConcurrentHashMap<>();

    /** Adds or replaces the entry with the person's address. */
    public void add(Person person) {
        byAddress.put(key(person.address()), person);
    }

    public Optional<Person> find(String address) {
        return Optional.ofNullable(byAddress.get(key(address)));
    }

    /** Every entry, by display name. */
    public List<Person> all() {
        return byAddress.values().stream().sorted(Comparator.comparing(p -> fold(p.displayName()))).toList();
    }

    /**
     * People whose display name, first name, last name or address local part starts with the query
     * or, for a query with '@', whose address starts with it ("SMTP:" prefix allowed); case- and
     * accent-insensitive, as Exchange's ambiguous name resolution.
     */
    public List<Person> resolve(String query) {
        String q = fold(query.trim());
        if (q.startsWith("smtp:")) {
            q = q.substring("smtp:".length());
        }
        if (q.isEmpty()) {
            return List.of();
        }
        String wanted = q;
        return all().stream().filter(p -> matches(p, wanted)).toList();
    }

    private static boolean matches(Person p, String q) {
        if (q.contains("@")) {
            return fold(p.address()).startsWith(q);
        }
        return startsWith(p.displayName(), q) || startsWith(p.givenName(), q) || startsWith(p.surname(), q)
                || startsWith(p.localPart(), q);
    }

    private static boolean startsWith(String value, String q) {
        return value != null && fold(value).startsWith(q);
    }

    private static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}
