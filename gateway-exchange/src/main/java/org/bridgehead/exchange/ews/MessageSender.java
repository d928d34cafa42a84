package org.bridgehead.exchange.ews;

import java.util.ArrayList;
import java.util.List;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.MessageDisposition;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.core.service.item.EmailMessage;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.MimeContent;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.exchange.mail.OutgoingRecipients;

/**
 * Sending: one CreateItem with the MIME content, SendAndSaveCopy (to Sent Items) or SendOnly; the
 * content is streamed into the request (see {@link MimeUpload}), so a large message costs no heap.
 * The recipients are the item's ToRecipients, CcRecipients and BccRecipients (see
 * {@link RecipientElements}), not the headers; Exchange strips Bcc from what recipients get. A failed
 * send is retried only when it certainly did not reach Exchange; after a timeout or a dropped
 * connection the message may have gone out, so the failure is reported, never repeated here (the
 * SMTP layer recognises a client's retry by its Message-ID).
 */
final class MessageSender {

    private final MailContext context;

    MessageSender(MailContext context) {
        this.context = context;
    }

    void send(Content mime, OutgoingRecipients recipients, boolean saveCopy) throws BackendException {
        // The content streams into the request as it goes out: never held in memory, whatever its size.
        try (MimeUpload.Offer upload = context.service().mimeUpload().offer(mime, RecipientElements.of(recipients))) {
            EmailMessage message;
            try {
                message = new EmailMessage(context.service());
                message.setMimeContent(new MimeContent("UTF-8", upload.standIn()));
            } catch (Exception e) {
                throw context.failure(e);
            }
            send(message, saveCopy);
        }
    }

    private void send(EmailMessage message, boolean saveCopy) throws BackendException {
        List<Item> items = new ArrayList<>(List.of(message));
        FolderId sentItems = saveCopy ? sentItems() : null;
        MessageDisposition disposition = saveCopy ? MessageDisposition.SendAndSaveCopy : MessageDisposition.SendOnly;
        ServiceResponseCollection<ServiceResponse> responses = context.callOnce("CreateItem",
                () -> context.service().createItems(items, sentItems, disposition, null));
        ServiceResponse response = responses.getResponseAtIndex(0);
        if (!MailContext.succeeded(response)) {
            throw MailContext.failureOf(response);
        }
    }

    private static FolderId sentItems() {
        return new FolderId(WellKnownFolderName.SentItems);
    }
}
