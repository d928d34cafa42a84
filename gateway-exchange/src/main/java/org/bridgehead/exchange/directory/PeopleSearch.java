package org.bridgehead.exchange.directory;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A directory search: people who match any one of the criteria, from the named sources, at most
 * {@code limit} of them. No criteria means everyone: a backend then returns the directory page by
 * page, {@code pageToken} being the {@link PeoplePage#nextPage()} of the page before.
 *
 * @param anyOf     the criteria, of which a person must match at least one; empty: everyone
 * @param sources   where to look; not empty
 * @param limit     most people returned, at least 1
 * @param pageToken where an unconditional search goes on; empty for the first page
 */
public record PeopleSearch(List<SearchCriterion> anyOf, Set<PeopleSource> sources, int limit,
                           Optional<String> pageToken) {

    public static final Set<PeopleSource> EVERY_SOURCE = Set.copyOf(EnumSet.allOf(PeopleSource.class));

    public PeopleSearch {
        anyOf = List.copyOf(anyOf);
        sources = Set.copyOf(sources);
        Objects.requireNonNull(pageToken, "pageToken");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a search needs at least one source");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        if (!anyOf.isEmpty() && pageToken.isPresent()) {
            throw new IllegalArgumentException("only a search for everyone goes on by page");
        }
    }

    /** People matching any of the criteria, in every source. */
    public static PeopleSearch matchingAny(List<SearchCriterion> criteria, int limit) {
        return new PeopleSearch(criteria, EVERY_SOURCE, limit, Optional.empty());
    }

    /** The first page of everyone, in every source. */
    public static PeopleSearch everyone(int limit) {
        return new PeopleSearch(List.of(), EVERY_SOURCE, limit, Optional.empty());
    }

    public boolean isEveryone() {
        return anyOf.isEmpty();
    }

    public PeopleSearch withSources(Set<PeopleSource> newSources) {
        return new PeopleSearch(anyOf, newSources, limit, pageToken);
    }

    public PeopleSearch withLimit(int newLimit) {
        return new PeopleSearch(anyOf, sources, newLimit, pageToken);
    }

    /** The next page of an unconditional search. */
    public PeopleSearch atPage(String token) {
        return new PeopleSearch(anyOf, sources, limit, Optional.of(token));
    }
}
