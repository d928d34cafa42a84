package org.bridgehead.caldav.method;

import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.http.DavRequest;
import org.bridgehead.exchange.pim.Precondition;

/** If-Match and If-None-Match (RFC 9110 13.1) as the backend's conditional write. */
final class Preconditions {

    private Preconditions() {
    }

    /**
     * @return the condition; {@code If-Match: *} is reported by {@link #requiresExisting}
     */
    static Precondition of(DavRequest request) throws DavException {
        String ifMatch = request.header("if-match");
        String ifNoneMatch = request.header("if-none-match");
        if (ifNoneMatch != null && ifNoneMatch.trim().equals("*")) {
            return Precondition.ifAbsent();
        }
        if (ifNoneMatch != null) {
            throw DavException.badRequest("only If-None-Match: * is supported for writes");
        }
        if (ifMatch == null || ifMatch.trim().equals("*")) {
            return Precondition.NONE;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            // A weak tag never matches in If-Match (strong comparison).
            throw new DavException(412, "If-Match needs a strong entity tag", null);
        }
        if (tag.contains(",")) {
            throw DavException.badRequest("If-Match with several entity tags is not supported");
        }
        return Precondition.ifMatch(unquote(tag));
    }

    static boolean requiresExisting(DavRequest request) {
        String ifMatch = request.header("if-match");
        return ifMatch != null && ifMatch.trim().equals("*");
    }

    static String unquote(String tag) {
        String t = tag.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
