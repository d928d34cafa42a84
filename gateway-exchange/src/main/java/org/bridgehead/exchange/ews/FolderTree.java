package org.bridgehead.exchange.ews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgehead.exchange.FolderPath;
import org.bridgehead.exchange.MailFolder;

/**
 * Turns a flat deep-traversal listing into mail folders with paths, depth first.
 *
 * <p>Paths are worked out over all folders, then non-mail folders (calendar, contacts ...) are
 * left out; a mail folder below one keeps its full path.
 */
final class FolderTree {

    private static final Comparator<FolderRow> BY_NAME =
            Comparator.comparing(FolderRow::displayName, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(FolderRow::id);

    private FolderTree() {
    }

    static List<MailFolder> mailFolders(List<FolderRow> rows, WellKnownFolders known) {
        Map<String, List<FolderRow>> childrenByParent = new HashMap<>();
        for (FolderRow row : rows) {
            childrenByParent.computeIfAbsent(row.parentId(), p -> new ArrayList<>()).add(row);
        }
        childrenByParent.values().forEach(children -> children.sort(BY_NAME));

        List<MailFolder> result = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        addSubtree(known.rootId(), "", childrenByParent, known, visited, result);
        return List.copyOf(result);
    }

    private static void addSubtree(String parentId, String parentPath, Map<String, List<FolderRow>> childrenByParent,
            WellKnownFolders known, Set<String> visited, List<MailFolder> result) {
        for (FolderRow row : childrenByParent.getOrDefault(parentId, List.of())) {
            if (!visited.add(row.id())) {
                continue; // a listing with a cycle must not recurse forever
            }
            String path = FolderPath.child(parentPath, row.displayName());
            if (isMailFolder(row.folderClass())) {
                String parent = parentId.equals(known.rootId()) ? null : parentId;
                result.add(new MailFolder(row.id(), parent, row.displayName(), path, known.roleOf(row.id()),
                        row.folderClass(), row.totalCount(), row.unreadCount(), row.childCount()));
            }
            addSubtree(row.id(), path, childrenByParent, known, visited, result);
        }
    }

    /** Mail folders are IPF.Note and its sub-classes; folders without a class hold mail too. */
    static boolean isMailFolder(String folderClass) {
        return folderClass.isEmpty() || folderClass.equals("IPF.Note") || folderClass.startsWith("IPF.Note.");
    }
}
