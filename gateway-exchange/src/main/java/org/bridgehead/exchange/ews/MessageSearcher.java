package org.bridgehead.exchange.ews;

import java.util.Collections;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.search.FindItemsResults;
import microsoft.exchange.webservices.data.search.ItemView;
import microsoft.exchange.webservices.data.search.filter.SearchFilter;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.mail.MailSearch;

/** Search on the server: FindItem with a restriction, paged, asking only for ids and UIDs. */
final class MessageSearcher {

    static final int PAGE_SIZE = 1000;
    /** Far above any real folder; stops a server that keeps paging. */
    private static final int MAX_RESULTS = 1_000_000;

    private final MailContext context;

    MessageSearcher(MailContext context) {
        this.context = context;
    }

    Set<Long> search(String folderId, MailSearch criteria) throws BackendException {
        SearchFilter filter = SearchRestrictions.of(criteria);
        Set<Long> uids = new TreeSet<>();
        int offset = 0;
        while (uids.size() < MAX_RESULTS) {
            int pageOffset = offset;
            FindItemsResults<Item> page = context.call("FindItem", () -> {
                ItemView view = new ItemView(PAGE_SIZE, pageOffset);
                view.setPropertySet(ItemProperties.uidShape());
                return context.service().findItems(MailContext.folderId(folderId), filter, view);
            });
            for (Item item : page.getItems()) {
                try {
                    OptionalLong uid = ItemProperties.articleNumber(item);
                    uid.ifPresent(uids::add);
                } catch (Exception e) {
                    throw context.failure(e);
                }
            }
            Integer next = page.getNextPageOffset();
            if (!page.isMoreAvailable() || next == null || next <= offset) {
                break;
            }
            offset = next;
        }
        return Collections.unmodifiableSet(uids);
    }
}
