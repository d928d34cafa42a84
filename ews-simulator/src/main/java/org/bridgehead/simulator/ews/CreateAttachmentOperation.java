package org.bridgehead.simulator.ews;

import java.util.Base64;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.ItemUpdate;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * CreateAttachment: file attachments added to a calendar item, task or contact, one response
 * message per attachment, each with the attachment's id and the parent item's new change key. A
 * contact's attachment marked IsContactPhoto is its picture (HasPicture). Attaching to messages
 * and attaching items (t:ItemAttachment) are refused: the simulator keeps message attachments in
 * their MIME only.
 */
public final class CreateAttachmentOperation implements EwsOperation {
    private final SimulatorStore store;

    public CreateAttachmentOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "CreateAttachment";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element parentId = Dom.required(call.request(), "ParentItemId");
        Element attachments = Dom.required(call.request(), "Attachments");
        ItemLocator locator = new ItemLocator(store, call.account());
        ResponseMessages messages = ResponseMessages.open(out, name());
        for (Element attachment : Dom.children(attachments)) {
            try {
                ItemState item = locator.locate(parentId);
                if (item.pim() == null || Occurrences.isOccurrence(item)) {
                    throw EwsError.invalidRequest("The simulator attaches files to calendar items, tasks and contacts"
                            + " only.");
                }
                if (!attachment.getLocalName().equals("FileAttachment")) {
                    throw EwsError.invalidRequest("The simulator attaches files only, not " + attachment.getLocalName()
                            + ".");
                }
                int number = PimAttachments.nextNumber(item.pim());
                PimAttachments.Attachment added = read(attachment, number, store.clock().instant(),
                        item.pim().type().equals("Contact"));
                // the parent's ChangeKey is not compared: each attachment of the request changes it
                ItemState updated = locator.mailbox().updateItem(item.number(), -1,
                        ItemUpdate.builder().pim(PimAttachments.with(item.pim(), added)).build());
                messages.success().start("m:Attachments");
                out.start("t:FileAttachment");
                out.start("t:AttachmentId").attr("Id", PimAttachments.id(locator.mailbox(), updated, number))
                        .attr("RootItemId", EwsIds.itemId(locator.mailbox().address(), locator.mailbox().guid(),
                                updated.number()))
                        .attr("RootItemChangeKey", EwsIds.changeKey(locator.mailbox().guid(), updated.changeNumber()))
                        .end();
                out.end().end();
                messages.end();
            } catch (EwsError e) {
                messages.error(e);
            } catch (ItemOperationException e) {
                messages.error(ItemLocator.error(e));
            }
        }
        messages.close();
    }

    private static PimAttachments.Attachment read(Element attachment, int number, java.time.Instant now,
            boolean contact) throws EwsError, SoapFaultException {
        String name = Dom.childText(attachment, "Name").orElse("");
        String content = Dom.childText(attachment, "Content")
                .orElseThrow(() -> new EwsError("ErrorRequiredPropertyMissing", "Content is required."));
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(content.strip());
        } catch (IllegalArgumentException e) {
            throw Dom.schemaViolation("The Content of a FileAttachment is not Base64.");
        }
        boolean photo = Dom.childText(attachment, "IsContactPhoto").map(t -> XsBoolean.parse(t.strip()).orElse(false))
                .orElse(false);
        if (photo && !contact) {
            throw new EwsError("ErrorInvalidPropertySet", "IsContactPhoto is only valid on a contact's attachment.");
        }
        String type = Dom.childText(attachment, "ContentType").filter(t -> !t.isBlank())
                .orElse(photo ? "image/jpeg" : "application/octet-stream");
        boolean inline = Dom.childText(attachment, "IsInline").map(t -> XsBoolean.parse(t.strip()).orElse(false))
                .orElse(false);
        return new PimAttachments.Attachment(number, name, type, Dom.childText(attachment, "ContentId").orElse(null),
                inline, photo, now, bytes);
    }
}
