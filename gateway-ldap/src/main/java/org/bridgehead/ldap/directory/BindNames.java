package org.bridgehead.ldap.directory;

import java.util.List;
import java.util.Locale;

/**
 * The Exchange login in a bind name. A login as it is (UPN, address, {@code DOMAIN\\user}), or a
 * DN whose {@code uid}, {@code mail}, {@code userPrincipalName} or {@code cn} names the user, as
 * clients configured with a bind DN send, e.g. {@code uid=alice@example.com,ou=people}.
 */
public final class BindNames {
    private static final List<String> LOGIN_ATTRIBUTES = List.of("uid", "mail", "userprincipalname", "cn");

    private BindNames() {
    }

    public static String login(String bindName) {
        String name = bindName.trim();
        if (!name.contains("=")) {
            return name;
        }
        for (String rdn : name.split("(?<!\\\\),")) {
            int eq = rdn.indexOf('=');
            if (eq > 0 && LOGIN_ATTRIBUTES.contains(rdn.substring(0, eq).trim().toLowerCase(Locale.ROOT))) {
                return rdn.substring(eq + 1).trim().replaceAll("\\\\(.)", "$1");
            }
        }
        return name;
    }
}
