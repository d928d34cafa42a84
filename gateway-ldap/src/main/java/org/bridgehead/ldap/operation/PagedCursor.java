package org.bridgehead.ldap.operation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.apache.directory.api.ldap.model.filter.ExprNode;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.directory.DirectoryService;
import org.bridgehead.exchange.directory.PeoplePage;
import org.bridgehead.exchange.directory.PeopleSearch;
import org.bridgehead.exchange.directory.Person;
import org.bridgehead.ldap.directory.FilterMatcher;
import org.bridgehead.ldap.directory.LdapEntry;
import org.bridgehead.ldap.directory.PersonEntries;

/**
 * The state of one search: the matching entries fetched but not yet sent, and, for a search of
 * everyone, where the backend's next page starts. A paged search keeps it between pages; the
 * backend is asked again only when the entries at hand run out.
 */
final class PagedCursor {

    /** A matching person and its entry. */
    record Hit(Person person, LdapEntry entry) {
    }

    private final PeopleSearch search;
    private final ExprNode filter;
    private final Optional<String> onlyDn;
    private final int sizeLimit;
    private final Deque<Hit> pending = new ArrayDeque<>();
    private Optional<String> nextPage = Optional.empty();
    private boolean started;
    private int sent;

    /**
     * @param onlyDn    for a search based on one person's DN, that DN (normalised): nobody else matches
     * @param sizeLimit the most entries the whole search returns
     */
    PagedCursor(PeopleSearch search, ExprNode filter, Optional<String> onlyDn, int sizeLimit) {
        this.search = search;
        this.filter = filter;
        this.onlyDn = onlyDn;
        this.sizeLimit = sizeLimit;
    }

    /**
     * Up to {@code wanted} further entries (never past the size limit), asking the backend for as
     * few pages as that takes and at most {@code maxFetches}: a search with criteria is one page,
     * a search of everyone one page per initial.
     */
    List<Hit> next(DirectoryService directory, int wanted, int maxFetches) throws BackendException {
        int room = Math.min(wanted, sizeLimit - sent);
        for (int fetches = 0; fetches < maxFetches && pending.size() < room && (!started || nextPage.isPresent());
                fetches++) {
            fetch(directory);
        }
        List<Hit> page = new java.util.ArrayList<>();
        while (page.size() < room && !pending.isEmpty()) {
            page.add(pending.poll());
        }
        sent += page.size();
        return page;
    }

    /** True if more entries matched than the size limit let through. */
    boolean overSizeLimit() {
        return sent >= sizeLimit && !pending.isEmpty();
    }

    /** True if another page can follow. */
    boolean hasMore() {
        return sent < sizeLimit && (!pending.isEmpty() || nextPage.isPresent());
    }

    private void fetch(DirectoryService directory) throws BackendException {
        PeopleSearch page = started && nextPage.isPresent() ? search.atPage(nextPage.get()) : search;
        PeoplePage found = directory.search(page);
        started = true;
        nextPage = found.nextPage();
        for (Person person : found.people()) {
            LdapEntry entry = PersonEntries.entry(person);
            boolean inPlace = onlyDn.map(dn -> org.bridgehead.ldap.directory.DirectoryTree.normalize(entry.dn())
                    .equals(dn)).orElse(true);
            if (inPlace && FilterMatcher.matches(filter, entry)) {
                pending.add(new Hit(person, entry));
            }
        }
    }
}
