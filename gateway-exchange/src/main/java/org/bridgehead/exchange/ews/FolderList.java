package org.bridgehead.exchange.ews;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.NotFoundException;

/**
 * The folder tree, kept for a short while: mail clients list folders often (LIST, LSUB, STATUS),
 * and even an incremental refresh is a server call. Changes made through this backend invalidate
 * it at once; changes made elsewhere show within {@link #FRESHNESS}.
 */
final class FolderList {

    static final Duration FRESHNESS = Duration.ofSeconds(5);

    /** Where the tree comes from. */
    @FunctionalInterface
    interface Source {
        List<MailFolder> load() throws BackendException;
    }

    private final Source source;
    private final Clock clock;
    private List<MailFolder> folders;
    private Instant loadedAt = Instant.MIN;

    FolderList(Source source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    synchronized List<MailFolder> folders() throws BackendException {
        Instant now = clock.instant();
        if (folders == null || Duration.between(loadedAt, now).compareTo(FRESHNESS) > 0) {
            folders = source.load();
            loadedAt = now;
        }
        return folders;
    }

    synchronized void invalidate() {
        folders = null;
    }

    MailFolder byPath(String path) throws BackendException {
        for (MailFolder folder : folders()) {
            if (folder.path().equals(path)) {
                return folder;
            }
        }
        throw new NotFoundException("No folder " + path, null);
    }

    MailFolder byId(String id) throws BackendException {
        for (MailFolder folder : folders()) {
            if (folder.id().equals(id)) {
                return folder;
            }
        }
        throw new NotFoundException("No folder with that id", null);
    }
}
