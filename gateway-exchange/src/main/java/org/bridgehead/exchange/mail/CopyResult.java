package org.bridgehead.exchange.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bridgehead.exchange.BackendException;

/**
 * The outcome of a copy or move (IMAP UIDPLUS COPYUID).
 *
 * <p>A source UID is in at most one of the two maps. One in neither was copied (or moved), but its
 * new UID could not be learnt: the operation succeeded, without a complete COPYUID. Such a message
 * must not be reported as failed, since a client retrying would duplicate it.
 *
 * @param targetUidValidity the target folder's UIDVALIDITY
 * @param uidMap            source UID to new UID in the target, in ascending source order
 * @param failures          source UIDs that were not copied, and why
 */
public record CopyResult(long targetUidValidity, Map<Long, Long> uidMap, Map<Long, BackendException> failures) {

    public CopyResult {
        uidMap = Collections.unmodifiableMap(new LinkedHashMap<>(uidMap));
        failures = Map.copyOf(failures);
    }
}
