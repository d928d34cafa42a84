package org.bridgehead.simulator.ews;

import java.util.List;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.Person;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * ResolveNames against the Global Address List: one match is a Success, several a Warning with
 * ErrorNameResolutionMultipleResults listing up to 100 of them, none an ErrorNameResolutionNoResults.
 */
public final class ResolveNamesOperation implements EwsOperation {
    static final int MAX_RESOLUTIONS = 100;

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
        boolean fullContactData = Dom.booleanAttribute(request, "ReturnFullContactData", false);
        // the Contacts-only scope searches the caller's contact folders, which hold no contacts yet
        boolean directory = !"Contacts".equals(request.getAttribute("SearchScope"));
        List<Person> found = directory ? store.directory().resolve(entry) : List.of();
        ResponseMessages messages = ResponseMessages.open(out, name());
        if (found.isEmpty()) {
            messages.error(new EwsError("ErrorNameResolutionNoResults", "No results were found."));
        } else {
            if (found.size() == 1) {
                messages.success();
            } else {
                messages.warning("ErrorNameResolutionMultipleResults", "Multiple results were found.");
            }
            List<Person> shown = found.subList(0, Math.min(found.size(), MAX_RESOLUTIONS));
            out.start("m:ResolutionSet").attr("TotalItemsInView", shown.size())
                    .attr("IncludesLastItemInRange", shown.size() == found.size());
            for (Person person : shown) {
                out.start("t:Resolution");
                writeMailbox(out, person);
                if (fullContactData) {
                    writeContact(out, person);
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

    /** Writes the directory data in ContactItemType's schema order. */
    private static void writeContact(XmlWriter out, Person p) {
        out.start("t:Contact")
                .element("t:DisplayName", p.displayName())
                .optional("t:GivenName", p.givenName())
                .optional("t:CompanyName", p.company());
        out.start("t:EmailAddresses");
        out.start("t:Entry").attr("Key", "EmailAddress1").text("SMTP:" + p.address()).end();
        out.end();
        if (p.street() != null || p.city() != null || p.postalCode() != null || p.country() != null) {
            out.start("t:PhysicalAddresses").start("t:Entry").attr("Key", "Business")
                    .optional("t:Street", p.street())
                    .optional("t:City", p.city())
                    .optional("t:CountryOrRegion", p.country())
                    .optional("t:PostalCode", p.postalCode())
                    .end().end();
        }
        if (p.businessPhone() != null || p.mobilePhone() != null) {
            out.start("t:PhoneNumbers");
            if (p.businessPhone() != null) {
                out.start("t:Entry").attr("Key", "BusinessPhone").text(p.businessPhone()).end();
            }
            if (p.mobilePhone() != null) {
                out.start("t:Entry").attr("Key", "MobilePhone").text(p.mobilePhone()).end();
            }
            out.end();
        }
        out.element("t:ContactSource", "ActiveDirectory")
                .optional("t:Department", p.department())
                .optional("t:JobTitle", p.jobTitle())
                .optional("t:OfficeLocation", p.office())
                .optional("t:Surname", p.surname())
                .end();
    }
}
