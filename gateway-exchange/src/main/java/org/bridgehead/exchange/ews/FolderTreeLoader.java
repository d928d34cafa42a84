package org.bridgehead.exchange.ews;

import java.util.ArrayList;
import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.search.FolderTraversal;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.core.service.schema.FolderSchema;
import microsoft.exchange.webservices.data.misc.OutParam;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.definition.PropertyDefinition;
import microsoft.exchange.webservices.data.search.FindFoldersResults;
import microsoft.exchange.webservices.data.search.FolderView;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.MailFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lists every folder below msgfolderroot with one deep FindFolder, paged. */
final class FolderTreeLoader {

    private static final Logger LOG = LoggerFactory.getLogger(FolderTreeLoader.class);

    static final int PAGE_SIZE = 500;
    /** Far above any real mailbox; stops a server that keeps paging. */
    static final int MAX_FOLDERS = 100_000;

    /** What a folder row needs; shared with {@link FolderHierarchy}. */
    static final PropertySet PROPERTIES = new PropertySet(BasePropertySet.IdOnly,
            FolderSchema.DisplayName, FolderSchema.FolderClass, FolderSchema.ParentFolderId,
            FolderSchema.TotalCount, FolderSchema.UnreadCount, FolderSchema.ChildFolderCount);

    private final ExchangeService service;
    private final EwsCallRunner runner;

    FolderTreeLoader(ExchangeService service, EwsCallRunner runner) {
        this.service = service;
        this.runner = runner;
    }

    List<MailFolder> load(WellKnownFolders known) throws BackendException {
        List<FolderRow> rows = new ArrayList<>();
        int offset = 0;
        while (true) {
            int pageOffset = offset;
            Page page = runner.run("FindFolder", () -> fetchPage(known.rootId(), pageOffset));
            rows.addAll(page.rows());
            if (!page.moreAvailable() || page.nextOffset() <= offset) {
                break;
            }
            if (rows.size() >= MAX_FOLDERS) {
                LOG.warn("The mailbox lists more than {} folders; the rest are left out", MAX_FOLDERS);
                break;
            }
            offset = page.nextOffset();
        }
        return FolderTree.mailFolders(rows, known);
    }

    private Page fetchPage(String rootId, int offset) throws Exception {
        FolderView view = new FolderView(PAGE_SIZE, offset);
        view.setTraversal(FolderTraversal.Deep);
        view.setPropertySet(PROPERTIES);
        FindFoldersResults results = service.findFolders(new FolderId(rootId), view);
        List<FolderRow> rows = new ArrayList<>();
        for (Folder folder : results.getFolders()) {
            rows.add(toRow(folder));
        }
        Integer next = results.getNextPageOffset();
        return new Page(List.copyOf(rows), results.isMoreAvailable(), next == null ? offset : next);
    }

    static FolderRow toRow(Folder folder) throws Exception {
        FolderId parent = property(folder, FolderSchema.ParentFolderId, FolderId.class);
        return new FolderRow(
                folder.getId().getUniqueId(),
                parent == null ? "" : parent.getUniqueId(),
                orDefault(property(folder, FolderSchema.DisplayName, String.class), ""),
                orDefault(property(folder, FolderSchema.FolderClass, String.class), ""),
                orDefault(property(folder, FolderSchema.TotalCount, Integer.class), 0),
                orDefault(property(folder, FolderSchema.UnreadCount, Integer.class), 0),
                orDefault(property(folder, FolderSchema.ChildFolderCount, Integer.class), 0));
    }

    /** A property the server may leave out (search folders have no unread count, for one). */
    private static <T> T property(Folder folder, PropertyDefinition definition, Class<T> type) throws Exception {
        OutParam<T> value = new OutParam<>();
        return folder.tryGetProperty(type, definition, value) ? value.getParam() : null;
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private record Page(List<FolderRow> rows, boolean moreAvailable, int nextOffset) {
    }
}
