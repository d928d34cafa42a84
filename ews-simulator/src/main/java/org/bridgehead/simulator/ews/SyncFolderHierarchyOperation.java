package org.bridgehead.simulator.ews;

import java.util.Optional;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FolderOperationException;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.HierarchyChange;
import org.bridgehead.simulator.store.HierarchyChanges;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * SyncFolderHierarchy: the folders created, changed and deleted below the sync folder (by default
 * the message folder root, i.e. the folders users see) since the sync state, and a new state.
 */
public final class SyncFolderHierarchyOperation implements EwsOperation {
    private final SimulatorStore store;

    public SyncFolderHierarchyOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "SyncFolderHierarchy";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        FolderShape shape = FolderShape.read(Dom.child(request, "FolderShape"));
        Optional<Element> syncFolderId = Dom.child(request, "SyncFolderId");
        Optional<String> syncState = Dom.childText(request, "SyncState").filter(s -> !s.isEmpty());
        FolderLocator locator = new FolderLocator(store, call.account());
        Mailbox mailbox = locator.mailbox();
        FolderWriter writer = new FolderWriter(mailbox, call.requestVersion());
        ResponseMessages messages = ResponseMessages.open(out, name());
        try {
            FolderState scope = syncFolderId.isPresent()
                    ? locator.locateIn(syncFolderId.get())
                    : mailbox.folder(DistinguishedFolder.MSG_FOLDER_ROOT);
            long position = syncState.isPresent() ? SyncStates.decode(syncState.get(), mailbox.guid(), scope.number()) : 0;
            HierarchyChanges changes = mailbox.changesSince(position, scope.number());
            messages.success();
            out.element("m:SyncState", SyncStates.encode(mailbox.guid(), scope.number(), changes.position()));
            out.element("m:IncludesLastFolderInRange", true);
            out.start("m:Changes");
            for (HierarchyChange change : changes.changes()) {
                switch (change.type()) {
                    case CREATE -> writer.write(out.start("t:Create"), change.folder(), shape);
                    case UPDATE -> writer.write(out.start("t:Update"), change.folder(), shape);
                    case DELETE -> writer.writeId(out.start("t:Delete"), change.folder());
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
}
