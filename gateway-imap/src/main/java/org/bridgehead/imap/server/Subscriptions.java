package org.bridgehead.imap.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bridgehead.exchange.store.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * IMAP subscriptions. Every folder is subscribed unless the user unsubscribed it, so only the
 * exceptions are kept, per user. With a directory they survive restarts: one owner-only file per
 * user, named by a digest of the user name so that the directory does not list who uses the
 * gateway. Subscriptions are a convenience: a file that cannot be written is logged, not fatal.
 */
public final class Subscriptions {

    private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);

    private final Optional<Path> directory;
    private final Map<String, Set<String>> unsubscribedByUser = new ConcurrentHashMap<>();

    private Subscriptions(Optional<Path> directory) {
        this.directory = directory;
    }

    /** Subscriptions kept for the life of the process. */
    public static Subscriptions inMemory() {
        return new Subscriptions(Optional.empty());
    }

    /** Subscriptions stored in files in {@code directory} (created 0700 when first needed). */
    public static Subscriptions storedIn(Path directory) {
        return new Subscriptions(Optional.of(directory));
    }

    public boolean isSubscribed(String userName, String mailbox) {
        return !unsubscribed(userName).contains(mailbox);
    }

    public void subscribe(String userName, String mailbox) {
        Set<String> unsubscribed = unsubscribed(userName);
        synchronized (unsubscribed) {
            if (unsubscribed.remove(mailbox)) {
                save(userName, unsubscribed);
            }
        }
    }

    public void unsubscribe(String userName, String mailbox) {
        Set<String> unsubscribed = unsubscribed(userName);
        synchronized (unsubscribed) {
            if (unsubscribed.add(mailbox)) {
                save(userName, unsubscribed);
            }
        }
    }

    /** A renamed folder keeps its subscription state under its new name. */
    public void renamed(String userName, String oldName, String newName) {
        Set<String> unsubscribed = unsubscribed(userName);
        synchronized (unsubscribed) {
            if (unsubscribed.remove(oldName)) {
                unsubscribed.add(newName);
                save(userName, unsubscribed);
            }
        }
    }

    private Set<String> unsubscribed(String userName) {
        return unsubscribedByUser.computeIfAbsent(userName.toLowerCase(Locale.ROOT), this::load);
    }

    private Set<String> load(String user) {
        Set<String> names = ConcurrentHashMap.newKeySet();
        Optional<Path> file = file(user);
        if (file.isPresent() && Files.isRegularFile(file.get())) {
            try {
                names.addAll(Files.readAllLines(file.get(), StandardCharsets.UTF_8));
                names.remove("");
            } catch (IOException e) {
                LOG.warn("Cannot read the IMAP subscriptions of {}: {}", user, e.toString());
            }
        }
        return names;
    }

    private void save(String userName, Set<String> unsubscribed) {
        Optional<Path> file = file(userName.toLowerCase(Locale.ROOT));
        if (file.isEmpty()) {
            return;
        }
        // Names are one per line; a name with a line break (never seen from a real client) stays in memory only.
        List<String> lines = unsubscribed.stream().filter(n -> n.indexOf('\n') < 0 && n.indexOf('\r') < 0)
                .sorted().toList();
        try {
            Path folder = PrivateFiles.directory(directory.orElseThrow());
            Path temporary = PrivateFiles.tempFile(folder, ".tmp");
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot store the IMAP subscriptions of {}: {}", userName, e.toString());
        }
    }

    private Optional<Path> file(String user) {
        return directory.map(d -> d.resolve(digest(user) + ".unsubscribed"));
    }

    private static String digest(String user) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(user.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
