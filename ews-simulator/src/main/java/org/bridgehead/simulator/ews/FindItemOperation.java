package org.bridgehead.simulator.ews;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.FolderOperationException;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * FindItem: the items of each parent folder (Shallow traversal; SoftDeleted finds nothing),
 * filtered by the restriction, sorted by the sort order and paged by the view; or, with a
 * CalendarView, the calendar items in its time range by start time.
 */
public final class FindItemOperation implements EwsOperation {
    private final SimulatorStore store;

    public FindItemOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "FindItem";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        ItemShape shape = ItemShape.read(Dom.child(request, "ItemShape"));
        String traversal = Dom.choiceAttribute(request, "Traversal", "Shallow",
                List.of("Shallow", "SoftDeleted", "Associated"));
        PageView view = PageView.read(request, "IndexedPageItemView", "FractionalPageItemView");
        Optional<CalendarView> calendarView = CalendarView.read(Dom.child(request, "CalendarView"));
        Predicate<ItemState> restriction = Restrictions.read(Dom.child(request, "Restriction"), ItemProperties::value);
        Comparator<ItemState> order = ItemSort.read(Dom.child(request, "SortOrder"));
        Element parents = Dom.required(request, "ParentFolderIds");
        FolderLocator locator = new FolderLocator(store, call.account());
        ItemWriter writer = new ItemWriter(locator.mailbox(), call.requestVersion());
        ResponseMessages messages = ResponseMessages.open(out, name());
        for (Element id : FolderLocator.idElements(parents)) {
            try {
                FolderState parent = locator.locate(id);
                List<ItemState> all = "Shallow".equals(traversal) ? locator.mailbox().items(parent.number()) : List.of();
                PageView.Page<ItemState> page;
                messages.success().start("m:RootFolder");
                if (calendarView.isPresent()) {
                    page = calendarView.get().apply(all);
                    calendarView.get().writeAttributes(out, page);
                } else {
                    page = view.apply(all.stream().filter(restriction).sorted(order).toList());
                    view.writeAttributes(out, page);
                }
                out.start("t:Items");
                page.entries().forEach(item -> writer.write(out, item, shape, false));
                out.end().end();
                messages.end();
            } catch (EwsError e) {
                messages.error(e);
            } catch (FolderOperationException e) {
                messages.error(EwsError.itemNotFound()); // deleted between lookup and listing
            }
        }
        messages.close();
    }
}
