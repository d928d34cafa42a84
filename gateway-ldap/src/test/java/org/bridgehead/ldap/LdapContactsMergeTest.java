package org.bridgehead.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's own Exchange contacts beside the directory: a contact who is also a colleague (same
 * address) is one entry, the directory's data first and the contact's filling its gaps; other
 * contacts are entries of their own; nobody else sees them.
 */
class LdapContactsMergeTest {

    private static List<String> mails(SearchResult result) {
        return result.getSearchEntries().stream().map(e -> e.getAttributeValue("mail")).sorted().toList();
    }

    @Test
    void aColleagueInTheContactsIsOneEntryOtherContactsTheirOwnAndNobodyElseSeesThem(@TempDir Path work)
            throws Exception {
        try (LdapGateway gateway = new LdapGateway(work)) {
            ExchangeContacts.create(gateway.simulator.ewsUrl(), LdapGateway.ALICE, LdapGateway.PASSWORD,
                    "<t:Contact><t:DisplayName>Zoë Clarke</t:DisplayName><t:GivenName>Zoë</t:GivenName>"
                            + "<t:EmailAddresses><t:Entry Key=\"EmailAddress1\">zoe.clarke@example.com</t:Entry>"
                            + "</t:EmailAddresses><t:PhoneNumbers><t:Entry Key=\"MobilePhone\">+44 7700 900311"
                            + "</t:Entry></t:PhoneNumbers><t:Surname>Clarke</t:Surname></t:Contact>");
            ExchangeContacts.create(gateway.simulator.ewsUrl(), LdapGateway.ALICE, LdapGateway.PASSWORD,
                    "<t:Contact><t:DisplayName>Zoey Supplier</t:DisplayName><t:GivenName>Zoey</t:GivenName>"
                            + "<t:EmailAddresses><t:Entry Key=\"EmailAddress1\">zoey@supplier.example</t:Entry>"
                            + "</t:EmailAddresses><t:Surname>Supplier</t:Surname></t:Contact>");
            try (LDAPConnection alice = gateway.alice()) {
                SearchResult found = alice.search("ou=people", SearchScope.SUB, LdapGateway.autocomplete("zoe"));
                assertEquals(List.of("zoe.clarke@example.com", "zoey@supplier.example"), mails(found));
                SearchResultEntry zoe = found.getSearchEntries().stream()
                        .filter(e -> e.getAttributeValue("mail").equals("zoe.clarke@example.com")).findFirst()
                        .orElseThrow();
                assertEquals("uid=zoe.clarke,ou=people", zoe.getDN());
                assertEquals("UX Designer", zoe.getAttributeValue("title"), "the directory's data");
                assertEquals("+44 7700 900311", zoe.getAttributeValue("mobile"), "the contact fills the gap");
                SearchResultEntry supplier = alice.searchForEntry("ou=people", SearchScope.SUB,
                        "(mail=zoey@supplier.example)");
                assertEquals("uid=zoey@supplier.example,ou=people", supplier.getDN());
                assertEquals("Supplier", supplier.getAttributeValue("sn"));
            }
            try (LDAPConnection bob = gateway.bound("bob@example.com", LdapGateway.PASSWORD)) {
                assertEquals(List.of("zoe.clarke@example.com"),
                        mails(bob.search("ou=people", SearchScope.SUB, LdapGateway.autocomplete("zoe"))));
            }
        }
    }
}
