package org.bridgehead.ldap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LDAP directory end to end: an LDAP client, the gateway, the EWS backend and the simulator's demo directory. */
class LdapDirectoryTest {

    @TempDir
    static Path work;
    private static LdapGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        gateway = new LdapGateway(work);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    private static List<String> mails(SearchResult result) {
        return result.getSearchEntries().stream().map(e -> e.getAttributeValue("mail")).toList();
    }

    @Test
    void thunderbirdsAutocompleteFindsAColleagueWithEveryAttribute() throws Exception {
        try (LDAPConnection ldap = gateway.alice()) {
            SearchResult result = ldap.search("ou=people", SearchScope.SUB, LdapGateway.autocomplete("juergen"));
            assertEquals(List.of("juergen.mueller@example.com"), mails(result));
            SearchResultEntry juergen = result.getSearchEntries().get(0);
            assertEquals("uid=juergen.mueller,ou=people", juergen.getDN());
            assertEquals("Jürgen Müller", juergen.getAttributeValue("cn"));
            assertEquals("Jürgen", juergen.getAttributeValue("givenName"));
            assertEquals("Müller", juergen.getAttributeValue("sn"));
            assertEquals("Head of Finance", juergen.getAttributeValue("title"));
            assertEquals("Finance", juergen.getAttributeValue("ou"));
            assertEquals("Example Industries", juergen.getAttributeValue("o"));
            assertEquals("+49 30 555 0107", juergen.getAttributeValue("telephoneNumber"));
            assertEquals("+49 151 555 0107", juergen.getAttributeValue("mobile"));
            assertEquals("Berlin", juergen.getAttributeValue("l"));
            assertEquals("10119", juergen.getAttributeValue("postalCode"));
            assertEquals("Torstraße 140$10119 Berlin, Berlin$Germany", juergen.getAttributeValue("postalAddress"));
            assertEquals("cn=Olivier Moreau,ou=people", juergen.getAttributeValue("manager"));
            assertTrue(juergen.hasObjectClass("inetOrgPerson"));
            assertTrue(juergen.hasObjectClass("mozillaAbPersonAlpha"));
            assertNull(juergen.getAttribute("jpegPhoto"), "pictures only when asked for");
        }
    }

    @Test
    void typingANameLetterByLetterCostsOneExchangeCall() throws Exception {
        try (LDAPConnection ldap = gateway.bound("bob@example.com", LdapGateway.PASSWORD)) {
            long before = gateway.ewsCalls("ResolveNames");
            List<String> last = List.of();
            for (String typed : List.of("hen", "henr", "henri", "henrik")) {
                last = mails(ldap.search("ou=people", SearchScope.SUB, LdapGateway.autocomplete(typed)));
            }
            assertEquals(1, gateway.ewsCalls("ResolveNames") - before);
            assertTrue(last.contains("henrik.johansson@example.com"), last::toString);
        }
    }

    @Test
    void oneUsersCachedAnswersNeverServeAnother() throws Exception {
        String filter = LdapGateway.autocomplete("olivi");
        try (LDAPConnection alice = gateway.alice();
             LDAPConnection bob = gateway.bound("bob@example.com", LdapGateway.PASSWORD)) {
            long before = gateway.ewsCalls("ResolveNames");
            List<String> alices = mails(alice.search("ou=people", SearchScope.SUB, filter));
            assertEquals(1, gateway.ewsCalls("ResolveNames") - before);
            mails(alice.search("ou=people", SearchScope.SUB, filter));
            assertEquals(1, gateway.ewsCalls("ResolveNames") - before, "alice's second search is cached");

            List<String> bobs = mails(bob.search("ou=people", SearchScope.SUB, filter));
            assertEquals(2, gateway.ewsCalls("ResolveNames") - before, "bob's search goes to Exchange as bob");
            assertEquals(alices, bobs);
            assertTrue(bobs.contains("olivier.moreau@example.com"), bobs::toString);
        }
    }

    @Test
    void everyFilterTypeIsEvaluated() throws Exception {
        try (LDAPConnection ldap = gateway.alice()) {
            assertEquals(List.of("zoe.clarke@example.com"), mails(ldap.search("ou=people", SearchScope.SUB,
                    "(mail=zoe.clarke@example.com)")));
            assertEquals(List.of("zoe.clarke@example.com"), mails(ldap.search("ou=people", SearchScope.SUB,
                    "(&(objectClass=inetOrgPerson)(sn=Clarke)(givenName=Zo*))")));
            assertEquals(List.of("zoe.clarke@example.com"), mails(ldap.search("ou=people", SearchScope.SUB,
                    "(&(cn=zo*)(!(title=Engineer*)))")));
            assertEquals(List.of("zoe.clarke@example.com"), mails(ldap.search("ou=people", SearchScope.SUB,
                    "(&(mail=*@example.com)(cn=*Clark*)(|(l=London)(l=Paris))(telephoneNumber=*))")));
            assertEquals(List.of("zoe.clarke@example.com"), mails(ldap.search("ou=people", SearchScope.SUB,
                    "(cn~=zoe clarke)")));
            assertEquals(List.of("zoe.clarke@example.com"), mails(ldap.search("ou=people", SearchScope.SUB,
                    "(uid=zoe.clarke)")));
            assertEquals(List.of(), mails(ldap.search("ou=people", SearchScope.SUB, "(noSuchAttribute=zoe)")));
            assertEquals(List.of(), mails(ldap.search("ou=people", SearchScope.SUB,
                    "(&(cn=zoe*)(!(noSuchAttribute=x)))")));
            assertEquals(List.of("zoe.clarke@example.com"), mails(ldap.search("ou=people", SearchScope.SUB,
                    "(|(cn=zoe*)(noSuchAttribute=x))")));
        }
    }

    @Test
    void scopesBaseOneAndSubOnPeopleAndOnAPerson() throws Exception {
        try (LDAPConnection ldap = gateway.alice()) {
            SearchResult base = ldap.search("uid=zoe.clarke,ou=people", SearchScope.BASE, "(objectClass=*)");
            assertEquals(List.of("zoe.clarke@example.com"), mails(base));
            assertEquals(0, ldap.search("uid=zoe.clarke,ou=people", SearchScope.ONE, "(objectClass=*)")
                    .getEntryCount());
            SearchResult container = ldap.search("ou=people", SearchScope.BASE, "(objectClass=*)");
            assertEquals("ou=people", container.getSearchEntries().get(0).getDN());
            assertEquals(List.of("zoe.clarke@example.com"), mails(ldap.search("ou=people", SearchScope.ONE,
                    "(sn=clarke)")));
            LDAPSearchException elsewhere = assertThrows(LDAPSearchException.class,
                    () -> ldap.search("dc=example,dc=org", SearchScope.SUB, "(cn=zoe)"));
            assertEquals(ResultCode.NO_SUCH_OBJECT, elsewhere.getResultCode());
        }
    }

    @Test
    void requestedAttributesTypesOnlyAndPhotos() throws Exception {
        try (LDAPConnection ldap = gateway.alice()) {
            SearchResultEntry only = ldap.searchForEntry("ou=people", SearchScope.SUB, "(mail=alice@example.com)",
                    "cn", "mail");
            assertEquals(Set.of("cn", "mail"), names(only));
            SearchRequest typesOnly = new SearchRequest("ou=people", SearchScope.SUB, "(mail=alice@example.com)",
                    "title");
            typesOnly.setTypesOnly(true);
            SearchResultEntry types = ldap.search(typesOnly).getSearchEntries().get(0);
            assertEquals(0, types.getAttribute("title").getValues().length);
            SearchResultEntry photo = ldap.searchForEntry("ou=people", SearchScope.SUB, "(mail=alice@example.com)",
                    "jpegPhoto");
            byte[] jpeg = photo.getAttributeValueBytes("jpegPhoto");
            assertNotNull(jpeg);
            assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8}, new byte[] {jpeg[0], jpeg[1]});
            SearchResultEntry none = ldap.searchForEntry("ou=people", SearchScope.SUB, "(mail=alice@example.com)",
                    "1.1");
            assertEquals(Set.of(), names(none));
        }
    }

    @Test
    void findAllReturnsTheFirstPageAndPagingWalksOnWithoutRepeats() throws Exception {
        try (LDAPConnection ldap = gateway.alice()) {
            long before = gateway.ewsCalls("ResolveNames");
            SearchResult all = ldap.search("ou=people", SearchScope.SUB, "(objectclass=*)");
            assertEquals(1, gateway.ewsCalls("ResolveNames") - before);
            assertFalse(all.getSearchEntries().isEmpty());
            assertTrue(mails(all).contains("alice@example.com"));

            Set<String> seen = new HashSet<>();
            List<Integer> pageSizes = new ArrayList<>();
            byte[] cookie = null;
            do {
                SearchRequest request = new SearchRequest("ou=people", SearchScope.SUB, "(cn=*)", "mail");
                request.addControl(new SimplePagedResultsControl(10, cookie == null ? null
                        : new com.unboundid.asn1.ASN1OctetString(cookie)));
                SearchResult page = ldap.search(request);
                pageSizes.add(page.getEntryCount());
                for (SearchResultEntry entry : page.getSearchEntries()) {
                    assertTrue(seen.add(entry.getDN()), "twice: " + entry.getDN());
                }
                SimplePagedResultsControl response = SimplePagedResultsControl.get(page);
                cookie = response.moreResultsToReturn() ? response.getCookie().getValue() : null;
            } while (cookie != null && pageSizes.size() < 100);
            assertTrue(seen.size() >= 200, "walked " + seen.size() + " people in " + pageSizes);
            assertTrue(pageSizes.subList(0, pageSizes.size() - 1).stream().allMatch(n -> n == 10), pageSizes::toString);
        }
    }

    @Test
    void theSizeLimitReturnsTheEntriesFoundAndSaysSo() throws Exception {
        try (LDAPConnection ldap = gateway.alice()) {
            SearchRequest request = new SearchRequest("ou=people", SearchScope.SUB, LdapGateway.autocomplete("a"));
            request.setSizeLimit(5);
            LDAPSearchException limited = assertThrows(LDAPSearchException.class, () -> ldap.search(request));
            assertEquals(ResultCode.SIZE_LIMIT_EXCEEDED, limited.getResultCode());
            assertEquals(5, limited.getEntryCount());
        }
    }

    @Test
    void aWrongPasswordIsInvalidCredentialsAndBindDnsNameTheUser() throws Exception {
        try (LDAPConnection ldap = gateway.connect()) {
            LDAPException wrong = assertThrows(LDAPException.class, () -> ldap.bind(LdapGateway.ALICE, "wrong"));
            assertEquals(ResultCode.INVALID_CREDENTIALS, wrong.getResultCode());
            assertEquals(ResultCode.SUCCESS, ldap.bind("uid=alice@example.com,ou=people", LdapGateway.PASSWORD)
                    .getResultCode());
            assertEquals(ResultCode.SUCCESS, ldap.bind("EXAMPLE\\bob", LdapGateway.PASSWORD).getResultCode());
            com.unboundid.ldap.sdk.LDAPConnectionOptions lenient = ldap.getConnectionOptions();
            lenient.setBindWithDNRequiresPassword(false);
            ldap.setConnectionOptions(lenient);
            LDAPException noPassword = assertThrows(LDAPException.class,
                    () -> ldap.bind("alice@example.com", ""));
            assertEquals(ResultCode.UNWILLING_TO_PERFORM, noPassword.getResultCode());
        }
    }

    @Test
    void anAnonymousSearchFindsNobodyAndNeverAsksExchange() throws Exception {
        try (LDAPConnection ldap = gateway.connect()) {
            long before = gateway.ewsCalls("ResolveNames");
            assertEquals(0, ldap.search("ou=people", SearchScope.SUB, LdapGateway.autocomplete("a")).getEntryCount());
            assertEquals(0, ldap.search("ou=people", SearchScope.SUB, "(objectClass=*)").getEntryCount());
            assertEquals(before, gateway.ewsCalls("ResolveNames"));
        }
    }

    @Test
    void theRootDseAndTheSchemaAreReadableByAnyone() throws Exception {
        try (LDAPConnection ldap = gateway.connect()) {
            com.unboundid.ldap.sdk.RootDSE root = ldap.getRootDSE();
            assertEquals("ou=people", root.getAttributeValue("namingContexts"));
            assertEquals("3", root.getAttributeValue("supportedLDAPVersion"));
            assertTrue(List.of(root.getAttributeValues("supportedControl")).contains("1.2.840.113556.1.4.319"));
            assertNotNull(ldap.getSchema().getObjectClass("inetOrgPerson"));
            assertNotNull(ldap.getSchema().getObjectClass("mozillaAbPersonAlpha"));
            assertNotNull(ldap.getSchema().getAttributeType("mozillaSecondEmail"));
        }
    }

    @Test
    void updatesAreRefusedAsReadOnly() throws Exception {
        try (LDAPConnection ldap = gateway.alice()) {
            LDAPException refused = assertThrows(LDAPException.class, () -> ldap.delete("uid=bob,ou=people"));
            assertEquals(ResultCode.UNWILLING_TO_PERFORM, refused.getResultCode());
            LDAPException unknown = assertThrows(LDAPException.class,
                    () -> ldap.processExtendedOperation("1.3.6.1.4.1.4203.1.11.3"));
            assertEquals(ResultCode.PROTOCOL_ERROR, unknown.getResultCode());
            // StartTLS is answered by name; without a certificate on this listener it is refused.
            assertEquals(ResultCode.PROTOCOL_ERROR,
                    ldap.processExtendedOperation("1.3.6.1.4.1.1466.20037").getResultCode());
        }
    }

    private static Set<String> names(SearchResultEntry entry) {
        Set<String> names = new HashSet<>();
        entry.getAttributes().forEach(a -> names.add(a.getName()));
        return names;
    }
}
