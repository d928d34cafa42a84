package org.bridgehead.exchange.directory;

import java.util.Optional;
import org.bridgehead.exchange.BackendException;

/**
 * The people a user can look up: the organisation's directory and the user's own contacts, one
 * merged view. Protocol servers (LDAP, a CardDAV address book of the directory) speak only this.
 *
 * <p>Every person returned matches at least one criterion ({@link PersonMatcher} decides), but a
 * backend searches the way its server does, by the start of words (Exchange's name resolution,
 * Graph's {@code $search}): a {@link TextMatch#SUBSTRING} text in the middle of a word may be
 * missed in the directory. A person in both the directory and the contacts (same address) is
 * returned once, the directory's data first, the contact's filling the gaps.
 */
public interface DirectoryService {

    /**
     * @throws BackendException when the server cannot be asked (a protocol server reports it as
     *                          a temporary failure)
     */
    PeoplePage search(PeopleSearch search) throws BackendException;

    /** The person's picture; empty if there is none. */
    Optional<PersonPhoto> photo(Person person) throws BackendException;
}
