package org.bridgehead.simulator.ews;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.ExtendedPropertyKey;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * UpdateFolder: renames (SetFolderField folder:DisplayName) and sets or deletes extended
 * properties; each t:FolderChange is applied as one change and answered with the new change key.
 * Other schema fields are accepted and left as they are.
 */
public final class UpdateFolderOperation implements EwsOperation {
    private final SimulatorStore store;

    public UpdateFolderOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "UpdateFolder";
    }

    /** The updates of one t:FolderChange. */
    private record Changes(String newName, Map<ExtendedPropertyKey, List<String>> set,
                           Set<ExtendedPropertyKey> removed) {
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        List<Element> folderChanges = Dom.children(Dom.required(call.request(), "FolderChanges"), "FolderChange");
        FolderLocator locator = new FolderLocator(store, call.account());
        FolderWriter writer = new FolderWriter(locator.mailbox(), call.requestVersion());
        ResponseMessages messages = ResponseMessages.open(out, name());
        for (Element change : folderChanges) {
            Changes changes = read(Dom.required(change, "Updates"));
            List<Element> ids = FolderLocator.idElements(change);
            if (ids.size() != 1) {
                throw Dom.schemaViolation("FolderChange requires one folder id");
            }
            FolderIdResponse.write(messages, writer, out, () -> locator.mailbox().update(
                    locator.locate(ids.get(0)).number(), changes.newName(), changes.set(), changes.removed()));
        }
        messages.close();
    }

    private static Changes read(Element updates) throws SoapFaultException {
        String newName = null;
        Map<ExtendedPropertyKey, List<String>> set = new LinkedHashMap<>();
        Set<ExtendedPropertyKey> removed = new HashSet<>();
        for (Element update : Dom.children(updates)) {
            PropertyPath path = PropertyPaths.firstChild(update)
                    .orElseThrow(() -> Dom.schemaViolation(update.getLocalName() + " needs a property"));
            boolean delete = "DeleteFolderField".equals(update.getLocalName());
            if (path instanceof PropertyPath.Extended extended) {
                if (delete) {
                    removed.add(extended.key());
                } else {
                    set.putAll(ExtendedPropertyValues.read(folderElement(update)));
                }
            } else if (((PropertyPath.Field) path).is("folder:DisplayName") && !delete) {
                Optional<String> name = Dom.childText(folderElement(update), "DisplayName");
                newName = name.orElseThrow(() -> Dom.schemaViolation("SetFolderField DisplayName needs a value"));
            }
        }
        return new Changes(newName, set, removed);
    }

    /** The folder element (t:Folder, t:CalendarFolder ...) carrying a SetFolderField's value. */
    private static Element folderElement(Element update) throws SoapFaultException {
        return Dom.children(update).stream()
                .filter(e -> e.getLocalName().endsWith("Folder"))
                .findFirst()
                .orElseThrow(() -> Dom.schemaViolation(update.getLocalName() + " needs a folder with the value"));
    }
}
