package org.bridgehead.simulator.ews;

import java.util.List;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * ConvertId: translates ids between EwsId, EwsLegacyId, EntryId, HexEntryId, OwaId and StoreId.
 * Only the id's form is checked (and that it belongs to the mailbox named), not the object's
 * existence, as on Exchange.
 */
public final class ConvertIdOperation implements EwsOperation {
    private final SimulatorStore store;

    public ConvertIdOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "ConvertId";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        String destinationName = Dom.attribute(request, "DestinationFormat")
                .orElseThrow(() -> Dom.schemaViolation("ConvertId requires DestinationFormat"));
        IdFormat destination = IdFormat.byName(destinationName)
                .orElseThrow(() -> Dom.schemaViolation("unknown DestinationFormat " + destinationName));
        List<Element> sources = Dom.children(Dom.required(request, "SourceIds"));
        ResponseMessages messages = ResponseMessages.openDeclaringXsi(out, name());
        for (Element source : sources) {
            try {
                StoreObjectId id = decode(source, call);
                messages.success().start("m:AlternateId")
                        .attr("xsi:type", "t:AlternateIdType")
                        .attr("Format", destination.ewsName())
                        .attr("Id", EwsIds.encode(id, destination))
                        .attr("Mailbox", id.mailbox())
                        .end();
                messages.end();
            } catch (EwsError e) {
                messages.error(e);
            }
        }
        messages.close();
    }

    private StoreObjectId decode(Element source, EwsCall call) throws EwsError, SoapFaultException {
        if (!"AlternateId".equals(source.getLocalName())) {
            throw new EwsError("ErrorUnsupportedTypeForConversion", "Unable to convert between these id types.");
        }
        String formatName = Dom.attribute(source, "Format").orElseThrow(() -> Dom.schemaViolation("Format is required"));
        IdFormat format = IdFormat.byName(formatName)
                .orElseThrow(() -> Dom.schemaViolation("unknown Format " + formatName));
        String mailboxHint = Dom.attribute(source, "Mailbox").orElse(call.account().address());
        StoreObjectId id = EwsIds.decode(source.getAttribute("Id"), format, mailboxHint);
        Mailbox mailbox = store.mailbox(id.mailbox()).orElseThrow(() ->
                new EwsError("ErrorNonExistentMailbox", "The SMTP address has no mailbox associated with it."));
        if (!mailbox.guid().equals(id.mailboxGuid())) {
            throw EwsError.itemNotFound();
        }
        return id.withMailbox(mailbox.address());
    }
}
