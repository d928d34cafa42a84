package org.bridgehead.exchange.directory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a search found.
 *
 * @param people   matching people, directory entries merged with contacts (no one twice)
 * @param complete false if the backend or the limit cut the answer short: more people may match
 * @param nextPage for a search for everyone, the token of the next page; empty after the last
 */
public record PeoplePage(List<Person> people, boolean complete, Optional<String> nextPage) {

    public PeoplePage {
        people = List.copyOf(people);
        Objects.requireNonNull(nextPage, "nextPage");
    }

    public static PeoplePage of(List<Person> people, boolean complete) {
        return new PeoplePage(people, complete, Optional.empty());
    }
}
