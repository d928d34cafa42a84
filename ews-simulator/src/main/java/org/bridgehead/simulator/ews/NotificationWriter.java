package org.bridgehead.simulator.ews;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.bridgehead.simulator.notify.Watermarks;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.MailboxEvent;

/**
 * Writes notification events: {@code <t:NewMailEvent>} etc. with TimeStamp, the item or folder id,
 * its parent folder id, the old ids for moves and copies and the unread count for a folder's
 * ModifiedEvent. Pull events start with their Watermark; streaming events carry none, as on
 * Exchange (and ews-java-api reads them only that way).
 */
final class NotificationWriter {
    private final Mailbox mailbox;

    NotificationWriter(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    void write(XmlWriter out, MailboxEvent event, boolean withWatermark) {
        out.start("t:" + elementName(event.type()));
        if (withWatermark) {
            out.element("t:Watermark", Watermarks.encode(event.watermark()));
        }
        out.element("t:TimeStamp", event.timestamp().truncatedTo(ChronoUnit.SECONDS).toString());
        if (event.isFolderEvent()) {
            Optional<FolderState> folder = mailbox.folder(event.folderNumber());
            folderId(out, "t:FolderId", event.folderNumber());
            long parent = folder.map(FolderState::parentNumber).filter(p -> p != 0).orElse(event.folderNumber());
            folderId(out, "t:ParentFolderId", parent);
            if (event.type() == MailboxEvent.Type.MODIFIED && folder.isPresent()) {
                out.element("t:UnreadCount", folder.get().unreadCount());
            }
        } else {
            itemId(out, "t:ItemId", event.itemNumber());
            folderId(out, "t:ParentFolderId", event.folderNumber());
            if (event.type() == MailboxEvent.Type.MOVED || event.type() == MailboxEvent.Type.COPIED) {
                itemId(out, "t:OldItemId", event.oldItemNumber());
                folderId(out, "t:OldParentFolderId", event.oldFolderNumber());
            }
        }
        out.end();
    }

    /** A StatusEvent: nothing happened up to this watermark. */
    static void writeStatus(XmlWriter out, long watermark) {
        out.start("t:StatusEvent").element("t:Watermark", Watermarks.encode(watermark)).end();
    }

    private void itemId(XmlWriter out, String element, long number) {
        out.start(element).attr("Id", EwsIds.itemId(mailbox.address(), mailbox.guid(), number));
        mailbox.item(number).map(ItemState::changeNumber)
                .ifPresent(change -> out.attr("ChangeKey", EwsIds.changeKey(mailbox.guid(), change)));
        out.end();
    }

    private void folderId(XmlWriter out, String element, long number) {
        out.start(element).attr("Id", EwsIds.folderId(mailbox.address(), mailbox.guid(), number));
        mailbox.folder(number).map(FolderState::changeNumber)
                .ifPresent(change -> out.attr("ChangeKey", EwsIds.changeKey(mailbox.guid(), change)));
        out.end();
    }

    static String elementName(MailboxEvent.Type type) {
        return switch (type) {
            case CREATED -> "CreatedEvent";
            case NEW_MAIL -> "NewMailEvent";
            case MODIFIED -> "ModifiedEvent";
            case MOVED -> "MovedEvent";
            case COPIED -> "CopiedEvent";
            case DELETED -> "DeletedEvent";
        };
    }
}
