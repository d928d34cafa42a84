package org.bridgehead.simulator.seed;

import java.util.Optional;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FolderOperationException;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.Mailbox;

/** Creates folders from slash-separated paths, reusing folders that exist. */
final class FolderTrees {

    /** Creates mail folders below a well-known folder, e.g. "Projects/Website". */
    void create(Mailbox mailbox, DistinguishedFolder base, String... paths) throws FolderOperationException {
        for (String path : paths) {
            createPath(mailbox, mailbox.folder(base).number(), path, "IPF.Note");
        }
    }

    void createWithClass(Mailbox mailbox, DistinguishedFolder base, String name, String folderClass)
            throws FolderOperationException {
        createPath(mailbox, mailbox.folder(base).number(), name, folderClass);
    }

    /** Creates one path and returns the last folder's number. */
    long createPath(Mailbox mailbox, long base, String path, String folderClass) throws FolderOperationException {
        long parent = base;
        for (String name : path.split("/")) {
            Optional<FolderState> existing = mailbox.child(parent, name);
            parent = existing.isPresent()
                    ? existing.get().number()
                    : mailbox.createFolder(parent, name, folderClass).number();
        }
        return parent;
    }
}
