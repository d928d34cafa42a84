package org.bridgehead.ldap.operation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bridgehead.ldap.directory.LdapSchema;

/**
 * Which attributes a search returns (RFC 4511 4.5.1.8): none listed or {@code *}: every user
 * attribute; {@code 1.1}: none; {@code +}: the operational ones too; names in any spelling the
 * schema knows. A picture costs a backend call per entry, so {@code jpegPhoto} comes only when
 * named.
 */
final class AttributeSelection {
    private static final Set<String> OPERATIONAL = Set.of("subschemaSubentry");

    private final boolean allUser;
    private final boolean allOperational;
    private final Set<String> named;

    private AttributeSelection(boolean allUser, boolean allOperational, Set<String> named) {
        this.allUser = allUser;
        this.allOperational = allOperational;
        this.named = named;
    }

    static AttributeSelection of(List<String> requested) {
        Set<String> named = new LinkedHashSet<>();
        boolean star = requested.isEmpty();
        boolean plus = false;
        boolean onlyNone = !requested.isEmpty();
        for (String attribute : requested) {
            String a = attribute.trim();
            if (a.equals("*")) {
                star = true;
            } else if (a.equals("+")) {
                plus = true;
            } else if (!a.equals("1.1")) {
                named.add(LdapSchema.canonical(a).orElse(a).toLowerCase(Locale.ROOT));
            }
            onlyNone &= a.equals("1.1");
        }
        return new AttributeSelection(star && !onlyNone, plus, named);
    }

    boolean includes(String attribute) {
        String name = attribute.toLowerCase(Locale.ROOT);
        if (named.contains(name)) {
            return true;
        }
        if (OPERATIONAL.stream().anyMatch(o -> o.equalsIgnoreCase(attribute))) {
            return allOperational;
        }
        return allUser && !name.equals("jpegphoto");
    }

    boolean wantsPhoto() {
        return named.contains("jpegphoto");
    }
}
