package org.bridgehead.exchange.mail;

/**
 * A live subscription to changes in folders (EWS streaming notifications, with polling as the
 * fallback). Closing it ends the subscription.
 */
public interface FolderWatch extends AutoCloseable {

    /** Receives change notices; called from a backend thread, so it must return quickly. */
    @FunctionalInterface
    interface Listener {
        /** Something in the folder changed (new, deleted, moved or modified messages). */
        void folderChanged(String folderId);
    }

    @Override
    void close();
}
