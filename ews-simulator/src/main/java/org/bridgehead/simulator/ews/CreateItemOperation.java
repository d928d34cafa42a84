package org.bridgehead.simulator.ews;

import java.util.List;
import java.util.Optional;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * CreateItem. For messages, SaveOnly stores each message (by default in Drafts) and returns its
 * id; SendOnly sends it; SendAndSaveCopy sends it and keeps a copy (by default in Sent Items).
 * Calendar items (which need SendMeetingInvitations), tasks and contacts are stored, by default
 * in the Calendar, Tasks and Contacts folders, and answered with their ids; a meeting's requests go
 * out unless SendToNone. Meeting response objects (accept, decline, cancel) are carried out by
 * {@link ResponseObjects}.
 */
public final class CreateItemOperation implements EwsOperation {
    private static final List<String> MEETING_INVITATIONS = List.of("SendToNone", "SendOnlyToAll",
            "SendToAllAndSaveCopy");

    private final SimulatorStore store;

    public CreateItemOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "CreateItem";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        String disposition = Dom.choiceAttribute(request, "MessageDisposition", "SaveOnly",
                List.of("SaveOnly", "SendOnly", "SendAndSaveCopy"));
        Element items = Dom.required(request, "Items");
        Optional<Element> savedFolderId = Dom.child(request, "SavedItemFolderId");
        Optional<String> invitations = Dom.attribute(request, "SendMeetingInvitations");
        if (invitations.isPresent()) {
            Dom.choiceAttribute(request, "SendMeetingInvitations", "", MEETING_INVITATIONS);
        }
        FolderLocator folders = new FolderLocator(store, call.account());
        Mailbox mailbox = folders.mailbox();
        ItemWriter writer = new ItemWriter(mailbox, call.requestVersion());
        MessageSubmission submission = new MessageSubmission(store, call.account());
        ResponseMessages messages = ResponseMessages.open(out, name());
        for (Element item : Dom.children(items)) {
            try {
                if (ResponseObjects.ELEMENTS.contains(item.getLocalName())) {
                    List<ItemState> results = new ResponseObjects(store, call.account()).create(item, disposition);
                    messages.success().start("m:Items");
                    results.forEach(r -> writer.writeIdOnly(out, r));
                    out.end();
                    messages.end();
                    continue;
                }
                Optional<PimSchema> pim = PimSchema.byElement(item.getLocalName());
                if (pim.isPresent()) {
                    if (pim.get() == PimSchema.CALENDAR_ITEM && invitations.isEmpty()) {
                        throw new EwsError("ErrorSendMeetingInvitationsRequired",
                                "SendMeetingInvitations attribute is required for calendar items.");
                    }
                    PimItems pims = new PimItems(store, call.account(), EwsTimeZones.context(request));
                    FolderState folder = target(folders, savedFolderId, PimItems.defaultFolder(pim.get()));
                    ItemState created = mailbox.createItem(folder.number(), pims.newItem(pim.get(), item));
                    MeetingOrganizer organizer = new MeetingOrganizer(store, call.account());
                    if (pim.get() == PimSchema.CALENDAR_ITEM && !invitations.get().equals("SendToNone")
                            && organizer.organizes(created)) {
                        created = organizer.invite(created, invitations.get().equals("SendToAllAndSaveCopy"));
                    }
                    messages.success().start("m:Items");
                    writer.writeIdOnly(out, created);
                    out.end();
                    messages.end();
                    continue;
                }
                if (!"Message".equals(item.getLocalName())) {
                    throw new EwsError("ErrorInvalidRequest", "The simulator does not create " + item.getLocalName()
                            + " items.");
                }
                OutgoingMessage message = OutgoingMessage.read(item);
                Optional<ItemState> saved = switch (disposition) {
                    case "SaveOnly" -> {
                        MessageSubmission.Prepared p = submission.prepare(message, false);
                        FolderState folder = target(folders, savedFolderId, DistinguishedFolder.DRAFTS);
                        yield Optional.of(mailbox.createItem(folder.number(),
                                MessageSubmission.newItem(p.mime(), message.properties(), true, true)));
                    }
                    case "SendOnly" -> {
                        submission.send(submission.prepare(message, true));
                        yield Optional.empty();
                    }
                    default -> {
                        MessageSubmission.Prepared p = submission.prepare(message, true);
                        FolderState folder = target(folders, savedFolderId, DistinguishedFolder.SENT_ITEMS);
                        // sent first: when the relay fails nothing is saved or delivered, so a retry is safe
                        submission.send(p);
                        mailbox.createItem(folder.number(),
                                MessageSubmission.newItem(p.mime(), message.properties(), true, false));
                        yield Optional.empty();
                    }
                };
                messages.success().start("m:Items");
                saved.ifPresent(s -> writer.writeIdOnly(out, s));
                out.end();
                messages.end();
            } catch (EwsError e) {
                messages.error(e);
            } catch (ItemOperationException e) {
                messages.error(ItemLocator.error(e));
            }
        }
        messages.close();
    }

    private static FolderState target(FolderLocator folders, Optional<Element> savedFolderId,
                                      DistinguishedFolder fallback) throws EwsError {
        return savedFolderId.isPresent() ? folders.locateIn(savedFolderId.get()) : folders.mailbox().folder(fallback);
    }
}
