package org.bridgehead.simulator.ews;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.AttachmentInfo;
import org.bridgehead.simulator.store.FlagStatus;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.MessageSummary;
import org.bridgehead.simulator.store.MimeParser;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * GetAttachment: file attachments with their content and attached messages as items, one response
 * message per attachment id.
 */
public final class GetAttachmentOperation implements EwsOperation {
    private final SimulatorStore store;

    public GetAttachmentOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "GetAttachment";
    }

    /** m:AttachmentShape: the properties of an attached message; its MIME only when asked. */
    private static ItemShape attachmentShape(Optional<Element> shape) throws SoapFaultException {
        if (shape.isEmpty()) {
            return new ItemShape(FolderShape.BaseShape.DEFAULT, false, "Best", List.of());
        }
        ItemShape read = ItemShape.read(shape);
        return new ItemShape(FolderShape.BaseShape.DEFAULT, read.includeMimeContent(), read.bodyType(),
                read.additional());
    }

    /** An attached message as an item of its own, read from its MIME; it shares the container's times. */
    private static ItemState embedded(ItemState container, byte[] mime) {
        MessageSummary summary = MimeParser.summarize(mime);
        return new ItemState(0, container.folderNumber(), container.changeNumber(), 0, mime, summary,
                summary.subject(), true, false, FlagStatus.NOT_FLAGGED, List.of(), summary.importance(),
                summary.dateSent() != null ? summary.dateSent() : container.received(), container.created(),
                container.lastModified(), Map.of(), null, null);
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element ids = Dom.required(call.request(), "AttachmentIds");
        ItemShape embeddedShape = attachmentShape(Dom.child(call.request(), "AttachmentShape"));
        ItemLocator locator = new ItemLocator(store, call.account());
        ItemWriter writer = new ItemWriter(locator.mailbox(), call.requestVersion());
        ResponseMessages messages = ResponseMessages.open(out, name());
        for (Element id : Dom.children(ids)) {
            try {
                EwsIds.AttachmentRef ref = EwsIds.decodeAttachmentId(id.getAttribute("Id"));
                locator.checkOwner(ref.item());
                ItemState item = locator.mailbox().item(ref.item().number()).orElseThrow(EwsError::itemNotFound);
                if (item.pim() != null) {
                    PimAttachments.Attachment stored = PimAttachments.find(item.pim(), ref.index())
                            .orElseThrow(EwsError::itemNotFound);
                    messages.success().start("m:Attachments");
                    PimAttachments.writeSummary(out, locator.mailbox(), item, stored,
                            !call.requestVersion().startsWith("Exchange2007"));
                    out.element("t:Content", Base64.getEncoder().encodeToString(stored.content()));
                    out.end().end();
                    messages.end();
                    continue;
                }
                if (ref.index() < 0 || ref.index() >= item.summary().attachments().size()) {
                    throw EwsError.itemNotFound();
                }
                AttachmentInfo info = item.summary().attachments().get(ref.index());
                ByteArrayOutputStream content = new ByteArrayOutputStream((int) Math.min(info.size(), Integer.MAX_VALUE - 8));
                if (!MimeParser.writeAttachment(item.mime(), ref.index(), content)) {
                    throw EwsError.itemNotFound();
                }
                messages.success().start("m:Attachments");
                writer.writeAttachmentSummary(out, item, info);
                if (ItemWriter.isItemAttachment(info)) {
                    writer.writeEmbedded(out, embedded(item, content.toByteArray()), embeddedShape);
                } else {
                    out.element("t:Content", Base64.getEncoder().encodeToString(content.toByteArray()));
                }
                out.end().end();
                messages.end();
            } catch (EwsError e) {
                messages.error(e);
            } catch (IOException e) {
                messages.error(new EwsError("ErrorCannotOpenFileAttachment", "The attachment could not be opened."));
            }
        }
        messages.close();
    }
}
