package org.bridgehead.exchange.ews;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.search.ResolveNameSearchLocation;
import microsoft.exchange.webservices.data.misc.NameResolution;
import microsoft.exchange.webservices.data.property.complex.EmailAddress;

/**
 * Finds the signed-in user's primary SMTP address with ResolveNames over the directory.
 *
 * <p>A login name may be the address itself, a UPN, a bare account name or {@code DOMAIN\name}.
 * The mailbox whose address equals the login, or whose local part equals the login's account
 * name, wins; a single unambiguous mailbox is taken otherwise.
 */
final class PrimaryAddressResolver {

    private PrimaryAddressResolver() {
    }

    /** The login without a {@code DOMAIN\} prefix: what the directory can resolve. */
    static String searchName(String login) {
        int backslash = login.indexOf('\\');
        return backslash >= 0 ? login.substring(backslash + 1) : login;
    }

    /** One ResolveNames call; empty if the directory knows no matching mailbox. */
    static Optional<String> resolve(ExchangeService service, String login) throws Exception {
        List<String> addresses = new ArrayList<>();
        for (NameResolution resolution : service.resolveName(searchName(login),
                ResolveNameSearchLocation.DirectoryOnly, true)) {
            EmailAddress mailbox = resolution.getMailbox();
            boolean smtp = mailbox != null && mailbox.getAddress() != null
                    && (mailbox.getRoutingType() == null || "SMTP".equalsIgnoreCase(mailbox.getRoutingType()));
            if (smtp) {
                addresses.add(mailbox.getAddress());
            }
        }
        return choose(login, addresses);
    }

    static Optional<String> choose(String login, List<String> addresses) {
        String name = searchName(login).toLowerCase(Locale.ROOT);
        String accountName = localPart(name);
        for (String address : addresses) {
            if (address.equalsIgnoreCase(name)) {
                return Optional.of(address);
            }
        }
        for (String address : addresses) {
            if (localPart(address.toLowerCase(Locale.ROOT)).equals(accountName)) {
                return Optional.of(address);
            }
        }
        return addresses.size() == 1 ? Optional.of(addresses.get(0)) : Optional.empty();
    }

    private static String localPart(String address) {
        int at = address.lastIndexOf('@');
        return at >= 0 ? address.substring(0, at) : address;
    }
}
