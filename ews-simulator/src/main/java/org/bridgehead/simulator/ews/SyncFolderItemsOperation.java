package org.bridgehead.simulator.ews;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.FolderOperationException;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.ItemChange;
import org.bridgehead.simulator.store.ItemChanges;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * SyncFolderItems: the items created, changed, marked read or unread and removed in a folder since
 * the sync state (none: every item, as created), at most MaxChangesReturned at a time, oldest first.
 */
public final class SyncFolderItemsOperation implements EwsOperation {
    static final int MAX_CHANGES = 512;

    private final SimulatorStore store;

    public SyncFolderItemsOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "SyncFolderItems";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        ItemShape shape = ItemShape.read(Dom.child(request, "ItemShape"));
        Element syncFolderId = Dom.required(request, "SyncFolderId");
        Optional<String> syncState = Dom.childText(request, "SyncState").filter(s -> !s.isEmpty());
        int max = maxChanges(Dom.childText(request, "MaxChangesReturned")
                .orElseThrow(() -> Dom.schemaViolation("SyncFolderItems requires MaxChangesReturned")));
        FolderLocator locator = new FolderLocator(store, call.account());
        ItemLocator items = new ItemLocator(store, call.account());
        Mailbox mailbox = locator.mailbox();
        ItemWriter writer = new ItemWriter(mailbox, call.requestVersion());
        ResponseMessages messages = ResponseMessages.open(out, name());
        try {
            FolderState folder = locator.locateIn(syncFolderId);
            long position = syncState.isPresent() ? SyncStates.decode(syncState.get(), mailbox.guid(), folder.number()) : 0;
            Set<Long> ignored = new HashSet<>();
            Optional<Element> ignore = Dom.child(request, "Ignore");
            if (ignore.isPresent()) {
                for (Element id : Dom.children(ignore.get(), "ItemId")) {
                    ignored.add(items.number(id.getAttribute("Id")));
                }
            }
            ItemChanges changes = mailbox.itemChangesSince(folder.number(), position, max, ignored);
            messages.success();
            out.element("m:SyncState", SyncStates.encode(mailbox.guid(), folder.number(), changes.position()));
            out.element("m:IncludesLastItemInRange", changes.includesLast());
            out.start("m:Changes");
            for (ItemChange change : changes.changes()) {
                switch (change.type()) {
                    case CREATE -> writer.write(out.start("t:Create"), change.item(), shape, false);
                    case UPDATE -> writer.write(out.start("t:Update"), change.item(), shape, false);
                    case DELETE -> writer.writeId(out.start("t:Delete"), change.item());
                    case READ_FLAG_CHANGE -> {
                        writer.writeId(out.start("t:ReadFlagChange"), change.item());
                        out.element("t:IsRead", change.item().read());
                    }
                }
                out.end();
            }
            out.end();
            messages.end();
        } catch (EwsError e) {
            messages.error(e);
        } catch (FolderOperationException e) {
            messages.error(EwsError.of(e));
        }
        messages.close();
    }

    private static int maxChanges(String text) throws SoapFaultException {
        try {
            int n = Integer.parseInt(text.trim());
            if (n < 1 || n > MAX_CHANGES) {
                throw Dom.schemaViolation("MaxChangesReturned must be between 1 and " + MAX_CHANGES);
            }
            return n;
        } catch (NumberFormatException e) {
            throw Dom.schemaViolation("MaxChangesReturned is not a number");
        }
    }
}
