package org.bridgehead.simulator.ews;

import java.util.List;
import java.util.Map;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.ExtendedPropertyKey;
import org.bridgehead.simulator.store.FolderKind;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/** CreateFolder: each folder of m:Folders is created in the parent; one response message each. */
public final class CreateFolderOperation implements EwsOperation {
    private final SimulatorStore store;

    public CreateFolderOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "CreateFolder";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        Element parentId = Dom.required(request, "ParentFolderId");
        List<Element> folders = Dom.children(Dom.required(request, "Folders"));
        FolderLocator locator = new FolderLocator(store, call.account());
        FolderWriter writer = new FolderWriter(locator.mailbox(), call.requestVersion());
        ResponseMessages messages = ResponseMessages.open(out, name());
        for (Element folder : folders) {
            FolderKind kind = kind(folder.getLocalName());
            String folderClass = Dom.childText(folder, "FolderClass").orElse(defaultClass(kind));
            String displayName = Dom.childText(folder, "DisplayName").orElse("");
            Map<ExtendedPropertyKey, List<String>> properties = ExtendedPropertyValues.read(folder);
            FolderIdResponse.write(messages, writer, out, () -> locator.mailbox()
                    .createFolder(locator.locateIn(parentId).number(), displayName, folderClass, kind, properties));
        }
        messages.close();
    }

    private static FolderKind kind(String elementName) throws SoapFaultException {
        return switch (elementName) {
            case "Folder" -> FolderKind.MAIL;
            case "CalendarFolder" -> FolderKind.CALENDAR;
            case "ContactsFolder" -> FolderKind.CONTACTS;
            case "TasksFolder" -> FolderKind.TASKS;
            case "SearchFolder" -> FolderKind.SEARCH;
            default -> throw Dom.schemaViolation("unknown folder type " + elementName);
        };
    }

    /** The class Exchange gives a new folder of each type when the request names none. */
    private static String defaultClass(FolderKind kind) {
        return switch (kind) {
            case MAIL, SEARCH -> "IPF.Note";
            case CALENDAR -> "IPF.Appointment";
            case CONTACTS -> "IPF.Contact";
            case TASKS -> "IPF.Task";
        };
    }
}
