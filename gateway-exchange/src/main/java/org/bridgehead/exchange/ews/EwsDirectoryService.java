package org.bridgehead.exchange.ews;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.search.ResolveNameSearchLocation;
import microsoft.exchange.webservices.data.core.service.item.Contact;
import microsoft.exchange.webservices.data.core.service.schema.ContactSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.misc.NameResolution;
import microsoft.exchange.webservices.data.misc.NameResolutionCollection;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.directory.DirectoryService;
import org.bridgehead.exchange.directory.PeoplePage;
import org.bridgehead.exchange.directory.PeopleMerger;
import org.bridgehead.exchange.directory.PeopleSearch;
import org.bridgehead.exchange.directory.PeopleSource;
import org.bridgehead.exchange.directory.Person;
import org.bridgehead.exchange.directory.PersonMatcher;
import org.bridgehead.exchange.directory.PersonPhoto;
import org.bridgehead.exchange.directory.PersonField;
import org.bridgehead.exchange.directory.SearchCriterion;
import org.bridgehead.exchange.directory.TextMatch;

/**
 * The directory over EWS ResolveNames, which searches the Global Address List and the Contacts
 * folder in one call (by the start of names and addresses, at most 100 answers) with full contact
 * data. A search costs one call per distinct text among its criteria, so Thunderbird's
 * "name or address contains x" is one call.
 *
 * <p>EWS cannot list the Global Address List (FindPeople refuses to browse it), so a search for
 * everyone goes by initial: page 1 is everyone whose display name starts with "a", page 2 "b", and
 * so on, one call each. Names starting with another character are only found by searching.
 */
final class EwsDirectoryService implements DirectoryService {

    private static final String INITIALS = "abcdefghijklmnopqrstuvwxyz";
    private static final String PHOTO_SIZE = "HR96x96";
    private static final long MAX_PHOTO_BYTES = 4L * 1024 * 1024;

    private final MailContext context;

    EwsDirectoryService(MailContext context) {
        this.context = context;
    }

    @Override
    public PeoplePage search(PeopleSearch search) throws BackendException {
        return search.isEveryone() ? pageByInitial(search) : matching(search);
    }

    private PeoplePage matching(PeopleSearch search) throws BackendException {
        Set<String> queries = new LinkedHashSet<>();
        for (SearchCriterion criterion : search.anyOf()) {
            queries.add(query(criterion));
        }
        List<Person> found = new ArrayList<>();
        boolean complete = true;
        for (String query : queries) {
            Resolved resolved = resolve(query, search.sources());
            found.addAll(resolved.people());
            complete &= resolved.complete();
        }
        List<Person> matching = PeopleMerger.merge(found).stream()
                .filter(p -> PersonMatcher.matchesAny(p, search.anyOf()))
                .toList();
        return cut(matching, search.limit(), complete, Optional.empty());
    }

    private PeoplePage pageByInitial(PeopleSearch search) throws BackendException {
        String token = search.pageToken().orElse(INITIALS.substring(0, 1));
        int index = INITIALS.indexOf(token);
        if (token.length() != 1 || index < 0) {
            throw new IllegalArgumentException("not a directory page: " + token);
        }
        Resolved resolved = resolve(token, search.sources());
        List<Person> page = PeopleMerger.merge(resolved.people()).stream()
                .filter(p -> PersonMatcher.fold(sortName(p)).startsWith(token))
                .toList();
        Optional<String> next = index + 1 < INITIALS.length()
                ? Optional.of(INITIALS.substring(index + 1, index + 2)) : Optional.empty();
        return cut(page, search.limit(), resolved.complete(), next);
    }

    @Override
    public Optional<PersonPhoto> photo(Person person) throws BackendException {
        if (person.source() == PeopleSource.CONTACTS) {
            return context.call("GetItem", () -> contactPhoto(person.id()));
        }
        Optional<String> address = person.primaryAddress();
        if (address.isEmpty()) {
            return Optional.empty();
        }
        URI uri = photoUri(context.service().getUrl(), address.get());
        return context.call("GetUserPhoto", () -> context.service().get(uri, MAX_PHOTO_BYTES))
                .filter(d -> d.bytes().length > 0)
                .map(d -> new PersonPhoto(d.contentType(), d.bytes()));
    }

    /** The REST form of GetUserPhoto, beside the EWS endpoint: {@code .../Exchange.asmx/s/GetUserPhoto?email=..&size=..}. */
    static URI photoUri(URI ewsUrl, String address) {
        String base = ewsUrl.toString();
        int query = base.indexOf('?');
        if (query >= 0) {
            base = base.substring(0, query);
        }
        return URI.create(base + "/s/GetUserPhoto?email=" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                + "&size=" + PHOTO_SIZE);
    }

    private Optional<PersonPhoto> contactPhoto(String itemId) throws Exception {
        Contact contact = Contact.bind(context.service(), MailContext.itemId(itemId),
                new PropertySet(BasePropertySet.IdOnly, ItemSchema.Attachments, ContactSchema.HasPicture));
        return ContactConverter.picture(context.service(), contact).map(photo -> new PersonPhoto(photo.mediaType(), photo.data()));
    }

    private Resolved resolve(String query, Set<PeopleSource> sources) throws BackendException {
        ResolveNameSearchLocation location = location(sources);
        NameResolutionCollection resolutions = context.call("ResolveNames",
                () -> context.service().resolveName(query, location, true, PropertySet.FirstClassProperties));
        List<Person> people = new ArrayList<>();
        for (NameResolution resolution : resolutions) {
            ResolvedPeople.toPerson(resolution).filter(p -> sources.contains(p.source())).ifPresent(people::add);
        }
        return new Resolved(people, resolutions.getIncludesAllResolutions());
    }

    private static ResolveNameSearchLocation location(Set<PeopleSource> sources) {
        if (!sources.contains(PeopleSource.CONTACTS)) {
            return ResolveNameSearchLocation.DirectoryOnly;
        }
        return sources.contains(PeopleSource.DIRECTORY)
                ? ResolveNameSearchLocation.DirectoryThenContacts : ResolveNameSearchLocation.ContactsOnly;
    }

    /** What ResolveNames is asked: the text, or for an exact address its {@code SMTP:} form. */
    private static String query(SearchCriterion criterion) {
        String text = criterion.text().trim();
        boolean address = criterion.field() == PersonField.EMAIL && criterion.match() == TextMatch.EXACT;
        return address ? "SMTP:" + text : text;
    }

    private static String sortName(Person person) {
        if (person.displayName() != null) {
            return person.displayName();
        }
        return person.primaryAddress().orElse(person.id());
    }

    private static PeoplePage cut(List<Person> people, int limit, boolean complete, Optional<String> next) {
        boolean over = people.size() > limit;
        return new PeoplePage(over ? people.subList(0, limit) : people, complete && !over, next);
    }

    private record Resolved(List<Person> people, boolean complete) {
    }
}
