package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.account;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.bridgehead.simulator.ews.OperationHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class GetUserConfigurationOperationTest {
    private final SimulatorStore store = TestMailboxes.create();
    private final Account alice = account(store, "alice@example.com");
    private final GetUserConfigurationOperation operation = new GetUserConfigurationOperation(store);

    private Element get(String name, String folder, String properties) throws SoapFaultException {
        return run(operation, alice, "<m:GetUserConfiguration><m:UserConfigurationName Name=\"" + name + "\">"
                + folder + "</m:UserConfigurationName><m:UserConfigurationProperties>" + properties
                + "</m:UserConfigurationProperties></m:GetUserConfiguration>");
    }

    @Test
    void owaOptionsNeverStoredAreNotFound() throws Exception {
        Element response = get("OWA.UserOptions", "<t:DistinguishedFolderId Id=\"root\"/>", "All");
        assertEquals("GetUserConfigurationResponse", response.getLocalName());
        List<Element> messages = messages(response);
        assertEquals(1, messages.size());
        assertEquals("Error", messages.get(0).getAttribute("ResponseClass"));
        assertEquals("ErrorItemNotFound", responseCode(messages.get(0)));
    }

    @Test
    void anUnknownPropertySetViolatesTheSchema() {
        assertThrows(SoapFaultException.class,
                () -> get("OWA.UserOptions", "<t:DistinguishedFolderId Id=\"root\"/>", "Everything"));
    }
}
