package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrimaryAddressResolverTest {

    @Test
    void theAddressEqualToTheLoginWins() {
        assertEquals(Optional.of("Alice@example.com"), PrimaryAddressResolver.choose("alice@example.com",
                List.of("alice.smith@example.com", "Alice@example.com")));
    }

    @Test
    void aBareOrDomainLoginMatchesTheLocalPart() {
        List<String> candidates = List.of("alicia@example.com", "alice@example.com");

        assertEquals(Optional.of("alice@example.com"), PrimaryAddressResolver.choose("alice", candidates));
        assertEquals(Optional.of("alice@example.com"), PrimaryAddressResolver.choose("EXAMPLE\\alice", candidates));
    }

    @Test
    void aSingleCandidateIsTakenWhenNothingMatchesByName() {
        assertEquals(Optional.of("a.smith@example.com"),
                PrimaryAddressResolver.choose("asmith@corp.local", List.of("a.smith@example.com")));
    }

    @Test
    void severalUnmatchedCandidatesAreAmbiguous() {
        assertEquals(Optional.empty(),
                PrimaryAddressResolver.choose("al", List.of("alice@example.com", "alan@example.com")));
    }
}
