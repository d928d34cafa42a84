package org.bridgehead.exchange.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleMergerTest {

    @Test
    void aContactWithADirectoryAddressIsOnePersonWithTheDirectoryDataFirst() {
        Person contact = Person.builder("item-1", PeopleSource.CONTACTS).displayName("Ali (tennis)")
                .emailAddress("Alice@Example.com").homePhone("+33 4 99 00 00 01").build();
        Person directory = Person.builder("alice@example.com", PeopleSource.DIRECTORY).displayName("Alice Archer")
                .emailAddress("alice@example.com").jobTitle("Engineering Manager").build();

        List<Person> merged = PeopleMerger.merge(List.of(contact, directory));

        assertEquals(1, merged.size());
        Person alice = merged.get(0);
        assertEquals(PeopleSource.DIRECTORY, alice.source());
        assertEquals("Alice Archer", alice.displayName());
        assertEquals("+33 4 99 00 00 01", alice.homePhone());
        assertEquals(List.of("alice@example.com"), alice.emailAddresses());
    }

    @Test
    void contactsWithoutACommonAddressStaySeparate() {
        Person one = Person.builder("item-1", PeopleSource.CONTACTS).displayName("Plumber").build();
        Person two = Person.builder("item-2", PeopleSource.CONTACTS).displayName("Baker").build();
        assertEquals(2, PeopleMerger.merge(List.of(one, two, one)).size());
    }

    @Test
    void matchingIgnoresCaseAndAccents() {
        Person zoe = Person.builder("zoe@example.com", PeopleSource.DIRECTORY).displayName("Zoë Clarke")
                .emailAddress("zoe.clarke@example.com").build();
        assertEquals(true, PersonMatcher.matches(zoe, SearchCriterion.nameContains("ZOE")));
        assertEquals(true, PersonMatcher.matches(zoe, SearchCriterion.emailStartsWith("zoe.c")));
        assertEquals(false, PersonMatcher.matches(zoe, SearchCriterion.emailIs("zoe@example")));
    }
}
