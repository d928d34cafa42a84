package org.bridgehead.exchange.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachingDirectoryTest {
    private static final Person ALICE = person("alice@example.com", "Alice Archer");
    private static final Person ALAN = person("alan@example.com", "Alan Turing");

    private final List<PeopleSearch> asked = new ArrayList<>();
    private boolean complete = true;
    private final DirectoryService backend = new DirectoryService() {
        @Override
        public PeoplePage search(PeopleSearch search) {
            asked.add(search);
            return PeoplePage.of(List.of(ALICE, ALAN).stream()
                    .filter(p -> PersonMatcher.matchesAny(p, search.anyOf())).toList(), complete);
        }

        @Override
        public Optional<PersonPhoto> photo(Person person) {
            return Optional.empty();
        }
    };
    private Instant now = Instant.parse("2026-01-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private static Person person(String address, String name) {
        return Person.builder(address, PeopleSource.DIRECTORY).displayName(name).emailAddress(address).build();
    }

    private static PeopleSearch typed(String text) {
        return PeopleSearch.matchingAny(List.of(SearchCriterion.nameContains(text), SearchCriterion.emailContains(text)),
                100);
    }

    @Test
    void typingOnIsAnsweredFromTheFirstCompleteAnswer() throws Exception {
        CachingDirectory cache = new CachingDirectory(backend, Duration.ofSeconds(60), clock);
        assertEquals(2, cache.search(typed("a")).people().size());
        assertEquals(List.of(ALICE), cache.search(typed("ali")).people());
        assertEquals(List.of(ALAN), cache.search(typed("alan")).people());
        assertEquals(1, asked.size());
    }

    @Test
    void anIncompleteAnswerIsNotNarrowedLocally() throws Exception {
        complete = false;
        CachingDirectory cache = new CachingDirectory(backend, Duration.ofSeconds(60), clock);
        cache.search(typed("a"));
        cache.search(typed("al"));
        assertEquals(2, asked.size());
    }

    @Test
    void answersExpire() throws Exception {
        CachingDirectory cache = new CachingDirectory(backend, Duration.ofSeconds(60), clock);
        cache.search(typed("a"));
        now = now.plusSeconds(61);
        cache.search(typed("a"));
        assertEquals(2, asked.size());
    }

    @Test
    void aDifferentKindOfMatchIsAskedAgain() throws Exception {
        CachingDirectory cache = new CachingDirectory(backend, Duration.ofSeconds(60), clock);
        cache.search(typed("a"));
        cache.search(PeopleSearch.matchingAny(List.of(SearchCriterion.emailIs("alice@example.com")), 10));
        assertEquals(2, asked.size());
    }

    @Test
    void aZeroTtlAlwaysAsks() throws Exception {
        CachingDirectory cache = new CachingDirectory(backend, Duration.ZERO, clock);
        cache.search(typed("a"));
        cache.search(typed("a"));
        assertEquals(2, asked.size());
    }
}
