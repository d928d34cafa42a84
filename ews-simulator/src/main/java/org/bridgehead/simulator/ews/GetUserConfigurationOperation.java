package org.bridgehead.simulator.ews;

import java.util.Set;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * GetUserConfiguration: the simulator's mailboxes hold no user configuration objects (no client has
 * stored one, as in a mailbox whose owner never opened Outlook Web App's options), so a request for
 * one on an existing folder answers ErrorItemNotFound, as Exchange does; an unknown folder answers as
 * GetFolder would. Clients such as DavMail read the user's time zone from "OWA.UserOptions" this way
 * and fall back to their own setting when it is missing.
 */
public final class GetUserConfigurationOperation implements EwsOperation {
    /** The values of m:UserConfigurationProperties (UserConfigurationPropertyType) the schema allows. */
    private static final Set<String> PROPERTIES = Set.of("Id", "Dictionary", "XmlData", "BinaryData", "All");

    private final SimulatorStore store;

    public GetUserConfigurationOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "GetUserConfiguration";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element name = Dom.required(call.request(), "UserConfigurationName");
        if (name.getAttribute("Name").isBlank()) {
            throw Dom.schemaViolation("UserConfigurationName without a Name");
        }
        for (String property : Dom.required(call.request(), "UserConfigurationProperties").getTextContent()
                .trim().split("\\s+")) {
            if (!PROPERTIES.contains(property)) {
                throw Dom.schemaViolation("unknown UserConfigurationProperties " + property);
            }
        }
        ResponseMessages messages = ResponseMessages.open(out, name());
        try {
            new FolderLocator(store, call.account()).locateIn(name);
            messages.error(EwsError.itemNotFound());
        } catch (EwsError e) {
            messages.error(e);
        }
        messages.close();
    }
}
