package org.bridgehead.exchange.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.exchange.BackendException;

/**
 * Remembers one user's recent searches for a short time, so that typing "a", "al", "ali" costs one
 * backend call: a narrower search is answered from a complete earlier answer that covers it. One
 * instance belongs to one signed-in session, so nothing cached is ever seen by another user.
 */
public final class CachingDirectory implements DirectoryService {

    private static final int MAX_SEARCHES = 64;
    private static final int MAX_PHOTOS = 256;

    private final DirectoryService backend;
    private final Duration ttl;
    private final Clock clock;
    private final Map<PeopleSearch, Cached<PeoplePage>> searches = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Cached<Optional<PersonPhoto>>> photos = new LinkedHashMap<>(16, 0.75f, true);

    /** @param ttl how long an answer is reused; zero turns the cache off */
    public CachingDirectory(DirectoryService backend, Duration ttl, Clock clock) {
        this.backend = backend;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public PeoplePage search(PeopleSearch search) throws BackendException {
        if (ttl.isZero()) {
            return backend.search(search);
        }
        Optional<PeoplePage> cached = fromCache(search);
        if (cached.isPresent()) {
            return cached.get();
        }
        PeoplePage page = backend.search(search);
        synchronized (this) {
            searches.put(search, new Cached<>(page, clock.instant()));
            trim(searches, MAX_SEARCHES);
        }
        return page;
    }

    @Override
    public Optional<PersonPhoto> photo(Person person) throws BackendException {
        if (ttl.isZero()) {
            return backend.photo(person);
        }
        String key = person.source() + ":" + person.id();
        synchronized (this) {
            Cached<Optional<PersonPhoto>> cached = photos.get(key);
            if (cached != null && fresh(cached)) {
                return cached.value();
            }
        }
        Optional<PersonPhoto> photo = backend.photo(person);
        synchronized (this) {
            photos.put(key, new Cached<>(photo, clock.instant()));
            trim(photos, MAX_PHOTOS);
        }
        return photo;
    }

    private synchronized Optional<PeoplePage> fromCache(PeopleSearch search) {
        searches.values().removeIf(c -> !fresh(c));
        Cached<PeoplePage> same = searches.get(search);
        if (same != null) {
            return Optional.of(same.value());
        }
        for (Map.Entry<PeopleSearch, Cached<PeoplePage>> entry : searches.entrySet()) {
            PeoplePage page = entry.getValue().value();
            if (page.complete() && covers(entry.getKey(), search)) {
                List<Person> narrowed = page.people().stream()
                        .filter(p -> PersonMatcher.matchesAny(p, search.anyOf()))
                        .filter(p -> search.sources().contains(p.source()))
                        .toList();
                boolean cut = narrowed.size() > search.limit();
                return Optional.of(PeoplePage.of(cut ? narrowed.subList(0, search.limit()) : narrowed, !cut));
            }
        }
        return Optional.empty();
    }

    /**
     * True if every person the backend would find for {@code narrower} is in a complete answer to
     * {@code wider}: backends search by the start of words, so a criterion whose text extends an
     * earlier one's (same field, same kind of match) finds a subset of what the earlier one found.
     */
    static boolean covers(PeopleSearch wider, PeopleSearch narrower) {
        if (wider.isEveryone() || narrower.isEveryone() || !wider.sources().containsAll(narrower.sources())) {
            return false;
        }
        return narrower.anyOf().stream().allMatch(n -> wider.anyOf().stream().anyMatch(w -> covers(w, n)));
    }

    private static boolean covers(SearchCriterion wider, SearchCriterion narrower) {
        if (wider.field() != narrower.field() || wider.match() != narrower.match()) {
            return false;
        }
        String w = PersonMatcher.fold(wider.text());
        String n = PersonMatcher.fold(narrower.text());
        return wider.match() == TextMatch.EXACT ? w.equals(n) : n.startsWith(w);
    }

    private boolean fresh(Cached<?> cached) {
        return Duration.between(cached.at(), clock.instant()).compareTo(ttl) < 0;
    }

    private static void trim(Map<?, ?> map, int max) {
        Iterator<?> oldest = map.keySet().iterator();
        while (map.size() > max && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private record Cached<T>(T value, Instant at) {
    }
}
