package org.bridgehead.exchange.ews;

import java.util.List;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.ExchangeErrorException;
import org.bridgehead.exchange.FolderPath;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.SpecialUse;
import org.bridgehead.exchange.store.MailStore;

/** Creating (CreateFolder), renaming (UpdateFolder, plus MoveFolder for a new parent) and deleting folders. */
final class FolderEditor {

    private static final String MAIL_FOLDER_CLASS = "IPF.Note";

    private final MailContext context;
    private final FolderList folders;
    private final String rootId;

    FolderEditor(MailContext context, FolderList folders, String rootId) {
        this.context = context;
        this.folders = folders;
        this.rootId = rootId;
    }

    MailFolder create(String path) throws BackendException {
        String name = lastName(path);
        String parentPath = parentPath(path);
        String parentId = parentPath.isEmpty() ? rootId : folders.byPath(parentPath).id();
        FolderId created = context.callOnce("CreateFolder", () -> {
            Folder folder = new Folder(context.service());
            folder.setDisplayName(name);
            folder.setFolderClass(MAIL_FOLDER_CLASS);
            context.service().createFolder(folder, MailContext.folderId(parentId));
            return folder.getId();
        });
        folders.invalidate();
        return new MailFolder(created.getUniqueId(), parentPath.isEmpty() ? null : parentId, name,
                FolderPath.child(parentPath, name), SpecialUse.NONE, MAIL_FOLDER_CLASS, 0, 0, 0);
    }

    MailFolder rename(String folderId, String newPath) throws BackendException {
        MailFolder current = folders.byId(folderId);
        String name = lastName(newPath);
        String parentPath = parentPath(newPath);
        String parentId = parentPath.isEmpty() ? rootId : folders.byPath(parentPath).id();
        String currentParent = current.parentId() == null ? rootId : current.parentId();
        try {
            if (!name.equals(current.displayName())) {
                context.call("UpdateFolder", () -> {
                    ExistingFolder folder = new ExistingFolder(context.service(), MailContext.folderId(folderId));
                    folder.setDisplayName(name);
                    context.service().updateFolder(folder);
                    return null;
                });
            }
            String id = folderId;
            if (!parentId.equals(currentParent)) {
                Folder moved = context.call("MoveFolder", () -> context.service().moveFolder(
                        MailContext.folderId(folderId), MailContext.folderId(parentId)));
                id = moved != null && moved.getId() != null ? moved.getId().getUniqueId() : folderId;
            }
            return new MailFolder(id, parentPath.isEmpty() ? null : parentId, name, newPath, current.role(),
                    current.folderClass(), current.totalCount(), current.unreadCount(), current.childCount());
        } catch (BackendException e) {
            throw e;
        } catch (Exception e) {
            throw context.failure(e);
        } finally {
            folders.invalidate();
        }
    }

    void delete(String folderId) throws BackendException {
        MailFolder folder = folders.byId(folderId);
        List<MailFolder> below = folders.folders().stream()
                .filter(f -> f.path().startsWith(folder.path() + FolderPath.SEPARATOR)).toList();
        context.call("DeleteFolder", () -> {
            context.service().deleteFolder(MailContext.folderId(folderId), DeleteMode.SoftDelete);
            return null;
        });
        folders.invalidate();
        MailStore store = context.store();
        store.forget(folderId);
        below.forEach(f -> store.forget(f.id()));
    }

    private static String lastName(String path) throws BackendException {
        List<String> names = FolderPath.names(path);
        if (names.isEmpty() || names.get(names.size() - 1).isEmpty()) {
            throw new ExchangeErrorException("A folder needs a name", "ErrorInvalidFolderName", false, null);
        }
        return names.get(names.size() - 1);
    }

    private static String parentPath(String path) {
        int separator = path.lastIndexOf(FolderPath.SEPARATOR);
        return separator < 0 ? "" : path.substring(0, separator);
    }
}
