package org.bridgehead.simulator.ews;

import java.util.ArrayList;
import java.util.List;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.Person;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * ResolveNames: one match is a Success, several a Warning with ErrorNameResolutionMultipleResults
 * listing up to 100 of them (IncludesLastItemInRange false when there were more), none an
 * ErrorNameResolutionNoResults. SearchScope chooses and orders the Active Directory and the
 * caller's contact folders (schema default ActiveDirectoryContacts; see
 * {@link StoreContactResolutions}). ReturnFullContactData adds each match's Contact,
 * ContactDataShape AllProperties a directory entry's further fields.
 */
public final class ResolveNamesOperation implements EwsOperation {
    static final int MAX_RESOLUTIONS = 100;
    private static final List<String> SCOPES = List.of("ActiveDirectory", "ActiveDirectoryContacts", "Contacts",
            "ContactsActiveDirectory");
    private static final List<String> SHAPES = List.of("IdOnly", "Default", "AllProperties");

    private final SimulatorStore store;

    public ResolveNamesOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "ResolveNames";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        String entry = Dom.required(request, "UnresolvedEntry").getTextContent().trim();
        boolean fullContactData = XsBoolean.read(Dom.attribute(request, "ReturnFullContactData")
                .orElseThrow(() -> Dom.schemaViolation("ResolveNames requires ReturnFullContactData")),
                "ReturnFullContactData");
        String scope = Dom.choiceAttribute(request, "SearchScope", "ActiveDirectoryContacts", SCOPES);
        String shape = Dom.choiceAttribute(request, "ContactDataShape", "Default", SHAPES);
        List<Object> found = new ArrayList<>();
        List<StoreContactResolutions.Found> contacts = scope.contains("Contacts")
                ? StoreContactResolutions.resolve(store.mailbox(call.account()), entry) : List.of();
        List<Person> directory = scope.startsWith("ActiveDirectory") || scope.endsWith("ActiveDirectory")
                ? store.directory().resolve(entry) : List.of();
        if (scope.startsWith("Contacts")) {
            found.addAll(contacts);
            found.addAll(directory);
        } else {
            found.addAll(directory);
            found.addAll(contacts);
        }
        ResponseMessages messages = ResponseMessages.open(out, name());
        if (found.isEmpty()) {
            messages.error(new EwsError("ErrorNameResolutionNoResults", "No results were found."));
        } else {
            if (found.size() == 1) {
                messages.success();
            } else {
                messages.warning("ErrorNameResolutionMultipleResults", "Multiple results were found.");
            }
            List<Object> shown = found.subList(0, Math.min(found.size(), MAX_RESOLUTIONS));
            out.start("m:ResolutionSet").attr("TotalItemsInView", shown.size())
                    .attr("IncludesLastItemInRange", shown.size() == found.size());
            DirectoryContactWriter directoryContacts = new DirectoryContactWriter(store.directory());
            ItemWriter ids = new ItemWriter(store.mailbox(call.account()), call.requestVersion());
            boolean withContact = fullContactData && !shape.equals("IdOnly");
            for (Object match : shown) {
                out.start("t:Resolution");
                if (match instanceof Person person) {
                    writeMailbox(out, person);
                    if (withContact) {
                        directoryContacts.write(out, person, shape.equals("AllProperties"));
                    }
                } else {
                    StoreContactResolutions.Found contact = (StoreContactResolutions.Found) match;
                    StoreContactResolutions.writeMailbox(out, contact, ids);
                    if (withContact) {
                        StoreContactResolutions.writeContact(out, contact, shape.equals("AllProperties"));
                    }
                }
                out.end();
            }
            out.end();
            messages.end();
        }
        messages.close();
    }

    private static void writeMailbox(XmlWriter out, Person person) {
        out.start("t:Mailbox")
                .element("t:Name", person.displayName())
                .element("t:EmailAddress", person.address())
                .element("t:RoutingType", "SMTP")
                .element("t:MailboxType", "Mailbox")
                .end();
    }
}
