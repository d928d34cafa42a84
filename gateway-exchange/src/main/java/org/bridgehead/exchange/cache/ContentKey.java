package org.bridgehead.exchange.cache;

/**
 * Identifies message content that never changes: the owner's address, the item and its version.
 * The owner is part of the key so one user's cached content is never served to another.
 */
public record ContentKey(String owner, String itemId, String changeKey) {
}
