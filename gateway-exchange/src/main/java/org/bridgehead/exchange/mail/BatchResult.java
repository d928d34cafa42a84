package org.bridgehead.exchange.mail;

import java.util.List;
import java.util.Map;
import org.bridgehead.exchange.BackendException;

/**
 * The outcome of an operation over many messages: which UIDs succeeded and why the others
 * failed. Nothing is dropped silently: every UID asked for is in exactly one of the two.
 *
 * @param modSeqs for a flag change, the new modSeq of each message changed (CONDSTORE); for an expunge,
 *                the modSeq of each expunge the index recorded; empty otherwise
 */
public record BatchResult(List<Long> succeeded, Map<Long, BackendException> failures, Map<Long, Long> modSeqs) {

    public BatchResult {
        succeeded = List.copyOf(succeeded);
        failures = Map.copyOf(failures);
        modSeqs = Map.copyOf(modSeqs);
    }

    public BatchResult(List<Long> succeeded, Map<Long, BackendException> failures) {
        this(succeeded, failures, Map.of());
    }

    public boolean allSucceeded() {
        return failures.isEmpty();
    }
}
