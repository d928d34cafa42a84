package org.bridgehead.simulator.ews;

import java.util.List;
import java.util.function.Predicate;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.FolderOperationException;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * FindFolder: the subfolders (Shallow) or all folders below (Deep) each parent folder, depth first
 * with siblings by name, filtered by the restriction and paged by the view. SoftDeleted traversal
 * finds nothing: soft-deleted folders live in Recoverable Items, outside any parent's view.
 */
public final class FindFolderOperation implements EwsOperation {
    private final SimulatorStore store;

    public FindFolderOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "FindFolder";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        FolderShape shape = FolderShape.read(Dom.child(request, "FolderShape"));
        String traversal = Dom.choiceAttribute(request, "Traversal", "Shallow",
                List.of("Shallow", "Deep", "SoftDeleted"));
        PageView view = PageView.read(request, "IndexedPageFolderView", "FractionalPageFolderView");
        Predicate<FolderState> restriction = Restrictions.read(Dom.child(request, "Restriction"), FolderProperties::value);
        Element parents = Dom.required(request, "ParentFolderIds");
        FolderLocator locator = new FolderLocator(store, call.account());
        FolderWriter writer = new FolderWriter(locator.mailbox(), call.requestVersion());
        ResponseMessages messages = ResponseMessages.open(out, name());
        for (Element id : FolderLocator.idElements(parents)) {
            try {
                FolderState parent = locator.locate(id);
                List<FolderState> found = folders(locator.mailbox(), parent, traversal).stream()
                        .filter(restriction).toList();
                PageView.Page<FolderState> page = view.apply(found);
                messages.success().start("m:RootFolder");
                view.writeAttributes(out, page);
                out.start("t:Folders");
                page.entries().forEach(f -> writer.write(out, f, shape));
                out.end().end();
                messages.end();
            } catch (EwsError e) {
                messages.error(e);
            }
        }
        messages.close();
    }

    private static List<FolderState> folders(Mailbox mailbox, FolderState parent, String traversal) throws EwsError {
        try {
            return switch (traversal) {
                case "Deep" -> mailbox.descendants(parent.number());
                case "Shallow" -> mailbox.children(parent.number());
                default -> List.of();
            };
        } catch (FolderOperationException e) {
            throw EwsError.itemNotFound(); // deleted between lookup and listing
        }
    }
}
