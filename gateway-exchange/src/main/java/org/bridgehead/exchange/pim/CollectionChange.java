package org.bridgehead.exchange.pim;

import java.util.Optional;

/**
 * What a client changes about a collection (a PROPPATCH); an empty field stays as it is.
 *
 * @param displayName the new name
 * @param color       the new colour
 * @param order       the new display order
 */
public record CollectionChange(Optional<String> displayName, Optional<String> color, Optional<Integer> order) {
}
