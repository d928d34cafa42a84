package org.bridgehead.caldav.fake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.ExchangeBackend;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.ServerInfo;
import org.bridgehead.exchange.directory.DirectoryService;
import org.bridgehead.exchange.directory.PeoplePage;
import org.bridgehead.exchange.directory.PeopleSource;
import org.bridgehead.exchange.directory.Person;
import org.bridgehead.exchange.directory.PersonMatcher;
import org.bridgehead.exchange.directory.PersonPhoto;
import org.bridgehead.exchange.mail.MailService;
import org.bridgehead.exchange.pim.PimService;

/**
 * A backend with fixed users, each with an {@link InMemoryPimService} and a shared directory: the
 * DAV layer's tests run against it until the EWS calendar backend is on main.
 */
public final class FakeExchange implements ExchangeBackend {

    private record User(String password, String address, InMemoryPimService pim) {
    }

    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final List<Person> directory;

    public FakeExchange(List<Person> directory) {
        this.directory = List.copyOf(directory);
    }

    public InMemoryPimService addUser(String userName, String password, String address) {
        InMemoryPimService pim = new InMemoryPimService();
        users.put(userName, new User(password, address, pim));
        return pim;
    }

    @Override
    public ExchangeSession open(Credentials credentials) throws BackendException {
        User user = users.get(credentials.userName());
        if (user == null || !user.password().equals(credentials.secret())) {
            throw new AuthenticationFailedException("the user name or password is wrong", null);
        }
        return new Session(credentials.userName(), user);
    }

    @Override
    public void close() {
    }

    private final class Session implements ExchangeSession {
        private final String userName;
        private final User user;
        private volatile boolean open = true;

        Session(String userName, User user) {
            this.userName = userName;
            this.user = user;
        }

        @Override
        public ServerInfo serverInfo() {
            return new ServerInfo("15.2", "Exchange2016");
        }

        @Override
        public String primaryAddress() {
            return user.address();
        }

        @Override
        public String userName() {
            return userName;
        }

        @Override
        public List<MailFolder> folderTree() {
            return List.of();
        }

        @Override
        public MailService mail() {
            throw new UnsupportedOperationException("mail is not part of the DAV tests");
        }

        @Override
        public DirectoryService directory() {
            return new DirectoryService() {
                @Override
                public PeoplePage search(org.bridgehead.exchange.directory.PeopleSearch search) {
                    List<Person> found = directory.stream()
                            .filter(p -> search.sources().contains(PeopleSource.DIRECTORY))
                            .filter(p -> search.isEveryone() || PersonMatcher.matchesAny(p, search.anyOf()))
                            .limit(search.limit()).toList();
                    return PeoplePage.of(found, true);
                }

                @Override
                public Optional<PersonPhoto> photo(Person person) {
                    return Optional.empty();
                }
            };
        }

        @Override
        public PimService pim() {
            return user.pim();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
