package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.directory.DirectoryService;
import org.bridgehead.exchange.directory.PeoplePage;
import org.bridgehead.exchange.directory.PeopleSearch;
import org.bridgehead.exchange.directory.Person;
import org.bridgehead.exchange.directory.SearchCriterion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directory API over EWS ResolveNames, against the simulator's demo directory. */
class DirectoryOverEwsTest {
    private static SimulatedExchange exchange;
    private static ExchangeSession session;

    @BeforeAll
    static void signIn() throws Exception {
        exchange = SimulatedExchange.start();
        session = exchange.backend(0).open(new Credentials(SimulatedExchange.ALICE, SimulatedExchange.PASSWORD));
    }

    @AfterAll
    static void close() {
        session.close();
        exchange.close();
    }

    private static DirectoryService directory() {
        return session.directory();
    }

    private static List<SearchCriterion> thunderbird(String typed) {
        return List.of(SearchCriterion.nameContains(typed), SearchCriterion.emailContains(typed));
    }

    @Test
    void aPersonComesWithEveryDirectoryAttribute() throws Exception {
        PeoplePage page = directory().search(PeopleSearch.matchingAny(
                List.of(SearchCriterion.emailIs("juergen.mueller@example.com")), 50));
        assertEquals(1, page.people().size());
        Person juergen = page.people().get(0);
        assertEquals("Jürgen Müller", juergen.displayName());
        assertEquals("Jürgen", juergen.givenName());
        assertEquals("Müller", juergen.surname());
        assertEquals("Head of Finance", juergen.jobTitle());
        assertEquals("Finance", juergen.department());
        assertEquals("Example Industries", juergen.company());
        assertEquals("Berlin 1.07", juergen.office());
        assertEquals("+49 30 555 0107", juergen.businessPhone());
        assertEquals("+49 151 555 0107", juergen.mobilePhone());
        assertEquals("Torstraße 140", juergen.businessAddress().street());
        assertEquals("Berlin", juergen.businessAddress().city());
        assertEquals("10119", juergen.businessAddress().postalCode());
        assertEquals("Germany", juergen.businessAddress().country());
        assertEquals("Olivier Moreau", juergen.manager());
        assertEquals(List.of("juergen.mueller@example.com"), juergen.emailAddresses());
        assertTrue(page.complete());
    }

    @Test
    void thunderbirdsFilterIsOneCallAndTypingOnIsServedFromTheCache() throws Exception {
        exchange.simulator().resetStats();
        PeoplePage first = directory().search(PeopleSearch.matchingAny(thunderbird("zo"), 50));
        PeoplePage second = directory().search(PeopleSearch.matchingAny(thunderbird("zoë"), 50));
        assertEquals(1, exchange.simulator().stats().requests("ResolveNames"));
        assertTrue(first.people().stream().anyMatch(p -> p.emailAddresses().contains("zoe.clarke@example.com")));
        assertEquals(List.of("Zoë Clarke"), second.people().stream().map(Person::displayName).toList());
    }

    @Test
    void everyoneGoesPageByPageInAlphabeticalOrder() throws Exception {
        PeoplePage a = directory().search(PeopleSearch.everyone(500));
        assertFalse(a.people().isEmpty());
        assertTrue(a.people().stream().allMatch(p -> p.displayName().toLowerCase().startsWith("a")),
                () -> a.people().toString());
        assertEquals("b", a.nextPage().orElseThrow());
        PeoplePage b = directory().search(PeopleSearch.everyone(500).atPage("b"));
        assertTrue(b.people().stream().anyMatch(p -> p.displayName().equals("Bob Baker")));
    }

    @Test
    void theLimitCutsTheAnswerAndSaysSo() throws Exception {
        PeoplePage page = directory().search(PeopleSearch.matchingAny(thunderbird("a"), 3));
        assertEquals(3, page.people().size());
        assertFalse(page.complete());
    }

    @Test
    void aDirectoryPhotoComesFromGetUserPhoto() throws Exception {
        Person alice = directory().search(PeopleSearch.matchingAny(
                List.of(SearchCriterion.emailIs("alice@example.com")), 5)).people().get(0);
        assertTrue(alice.hasPhoto());
        byte[] jpeg = directory().photo(alice).orElseThrow().bytes();
        assertEquals((byte) 0xFF, jpeg[0]);
        assertEquals((byte) 0xD8, jpeg[1]);
    }
}
