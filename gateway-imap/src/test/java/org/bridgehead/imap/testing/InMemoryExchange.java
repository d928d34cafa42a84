package org.bridgehead.imap.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.ExchangeBackend;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.ServerInfo;
import org.bridgehead.exchange.mail.FolderWatch;
import org.bridgehead.exchange.mail.MailService;

/** A backend whose users and mailboxes live in memory: {@code alice} / {@code secret} and {@code bob} / {@code secret}. */
public final class InMemoryExchange implements ExchangeBackend {

    public static final String PASSWORD = "secret";

    private final Map<String, InMemoryMail> mailboxes = new ConcurrentHashMap<>();
    private volatile BackendException nextOpenFailure;

    public InMemoryExchange() {
        mailboxes.put("alice", new InMemoryMail());
        mailboxes.put("bob", new InMemoryMail());
    }

    public InMemoryMail mailbox(String user) {
        return mailboxes.get(user);
    }

    /** The next sign-in fails with this exception (once), as if Exchange could not be reached. */
    public void failNextOpen(BackendException failure) {
        nextOpenFailure = failure;
    }

    @Override
    public ExchangeSession open(Credentials credentials) throws BackendException {
        BackendException failure = nextOpenFailure;
        if (failure != null) {
            nextOpenFailure = null;
            throw failure;
        }
        InMemoryMail mail = mailboxes.get(credentials.userName());
        if (mail == null || !PASSWORD.equals(credentials.secret())) {
            throw new AuthenticationFailedException("The server rejected the credentials", null);
        }
        return new Session(credentials.userName(), mail);
    }

    @Override
    public void close() {
        // Nothing shared to release.
    }

    /**
     * A session sees the user's mailbox through its own MailService view, whose watches end when
     * the session closes, as an Exchange session's subscriptions do.
     */
    private static final class Session implements ExchangeSession {
        private final String user;
        private final InMemoryMail mailbox;
        private final MailService mail;
        private final List<FolderWatch> watches = new CopyOnWriteArrayList<>();
        private volatile boolean open = true;

        Session(String user, InMemoryMail mailbox) {
            this.user = user;
            this.mailbox = mailbox;
            this.mail = (MailService) Proxy.newProxyInstance(MailService.class.getClassLoader(),
                    new Class<?>[] {MailService.class}, this::invoke);
        }

        private Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            try {
                Object result = method.invoke(mailbox, arguments);
                if (result instanceof FolderWatch watch) {
                    watches.add(watch);
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @Override
        public ServerInfo serverInfo() {
            return new ServerInfo("15.1.0.0", "Exchange2016");
        }

        @Override
        public String primaryAddress() {
            return user + "@example.com";
        }

        @Override
        public String userName() {
            return user;
        }

        @Override
        public List<MailFolder> folderTree() throws BackendException {
            return mailbox.folders();
        }

        @Override
        public MailService mail() {
            return mail;
        }

        @Override
        public org.bridgehead.exchange.directory.DirectoryService directory() {
            throw new IllegalStateException("IMAP never uses the directory");
        }

        @Override
        public org.bridgehead.exchange.pim.PimService pim() {
            throw new IllegalStateException("IMAP never uses calendars or contacts");
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
            watches.forEach(FolderWatch::close);
        }
    }
}
