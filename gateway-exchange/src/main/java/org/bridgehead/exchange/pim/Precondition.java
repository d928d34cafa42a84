package org.bridgehead.exchange.pim;

/**
 * An HTTP conditional write: If-Match (the etag the client last saw) and If-None-Match: *.
 *
 * @param ifMatch        the item must exist with this etag (unquoted); null = no condition
 * @param ifNoneMatchAny the item must not exist yet
 */
public record Precondition(String ifMatch, boolean ifNoneMatchAny) {

    public static final Precondition NONE = new Precondition(null, false);

    public static Precondition ifMatch(String etag) {
        return new Precondition(etag, false);
    }

    public static Precondition ifAbsent() {
        return new Precondition(null, true);
    }
}
