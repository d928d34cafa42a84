package org.bridgehead.exchange.ews;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import microsoft.exchange.webservices.data.core.enumeration.service.MessageDisposition;
import microsoft.exchange.webservices.data.core.response.GetItemResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.core.service.item.EmailMessage;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.property.complex.MimeContent;
import microsoft.exchange.webservices.data.search.FindItemsResults;
import microsoft.exchange.webservices.data.search.ItemView;
import microsoft.exchange.webservices.data.search.filter.SearchFilter;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.ExchangeErrorException;
import org.bridgehead.exchange.ServerUnavailableException;
import org.bridgehead.exchange.mail.AppendResult;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.store.FolderIndex;
import org.bridgehead.exchange.store.IndexEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a message with CreateItem (SaveOnly, flags as properties), then learns its UID.
 *
 * <p>Never reported as stored unless it was, never stored twice: each message carries a random
 * token property; when CreateItem fails in a way that leaves open whether the item was created (a
 * timeout, a dropped connection), the folder is searched for the token before trying again.
 */
final class MessageAppender {

    private static final Logger LOG = LoggerFactory.getLogger(MessageAppender.class);

    private final MailContext context;
    private final IndexRecorder recorder;

    MessageAppender(MailContext context) {
        this.context = context;
        this.recorder = new IndexRecorder(context);
    }

    AppendResult append(String folderId, Content mime, MessageFlags flags, Instant internalDate)
            throws BackendException {
        String token = UUID.randomUUID().toString();
        Item created;
        // The content streams into the request as it goes out (and again on a retry): never held in memory.
        try (MimeUpload.Offer upload = context.service().mimeUpload().offer(mime, new byte[0])) {
            created = createOnce(folderId, upload.standIn(), flags, internalDate, token);
        }
        FolderIndex index = context.store().folder(folderId);
        synchronized (index.lock()) {
            Optional<IndexEntry> entry;
            try {
                entry = recorder.record(index, created, OptionalLong.of(mime.length()));
            } catch (Exception e) {
                throw context.failure(e);
            }
            if (entry.isEmpty()) {
                throw new ExchangeErrorException("Exchange stored the message but gave it no article number",
                        "ErrorNoArticleNumber", false, null);
            }
            index.commit();
            try {
                context.cache().put(context.contentKey(entry.get()), mime);
            } catch (IOException e) {
                LOG.debug("Could not cache an appended message: {}", e.getMessage());
            }
            return new AppendResult(index.uidValidity(), entry.get().uid());
        }
    }

    /** The created item in the index shape; {@code standIn} is the MIME content ews-java-api sends. */
    private Item createOnce(String folderId, byte[] standIn, MessageFlags flags, Instant internalDate, String token)
            throws BackendException {
        int attempts = context.runner().retries() + 1;
        for (int attempt = 1; ; attempt++) {
            try {
                ItemId id = create(folderId, standIn, flags, internalDate, token);
                return load(id);
            } catch (ServerUnavailableException e) {
                if (!e.isTransient()) {
                    throw e;
                }
                Optional<Item> existing = findByToken(folderId, token);
                if (existing.isPresent()) {
                    LOG.info("CreateItem failed ({}) but had stored the message; not storing it again",
                            e.getMessage());
                    return existing.get();
                }
                if (attempt >= attempts) {
                    throw e;
                }
                LOG.info("CreateItem failed ({}) before storing the message; trying again", e.getMessage());
            }
        }
    }

    private ItemId create(String folderId, byte[] standIn, MessageFlags flags, Instant internalDate, String token)
            throws BackendException {
        EmailMessage message;
        try {
            message = new EmailMessage(context.service());
            message.setMimeContent(new MimeContent("UTF-8", standIn));
            ItemFlags.writeInitial(message, flags, context.clock().instant());
            message.setExtendedProperty(ItemProperties.APPEND_TOKEN, token);
            if (internalDate != null) {
                message.setExtendedProperty(ItemProperties.DELIVERY_TIME, Date.from(internalDate));
            }
        } catch (Exception e) {
            throw context.failure(e);
        }
        List<Item> items = List.of(message);
        ServiceResponseCollection<ServiceResponse> responses = context.callOnce("CreateItem",
                () -> context.service().createItems(new ArrayList<>(items), MailContext.folderId(folderId),
                        MessageDisposition.SaveOnly, null));
        ServiceResponse response = responses.getResponseAtIndex(0);
        if (!MailContext.succeeded(response)) {
            throw MailContext.failureOf(response);
        }
        try {
            return message.getId();
        } catch (Exception e) {
            throw context.failure(e);
        }
    }

    private Item load(ItemId id) throws BackendException {
        ServiceResponseCollection<GetItemResponse> responses = context.call("GetItem",
                () -> context.service().bindToItems(List.of(id), ItemProperties.indexShape()));
        GetItemResponse response = responses.getResponseAtIndex(0);
        if (!MailContext.succeeded(response)) {
            throw MailContext.failureOf(response);
        }
        return response.getItem();
    }

    private Optional<Item> findByToken(String folderId, String token) throws BackendException {
        FindItemsResults<Item> results = context.call("FindItem", () -> {
            ItemView view = new ItemView(2);
            view.setPropertySet(ItemProperties.indexShape());
            return context.service().findItems(MailContext.folderId(folderId),
                    new SearchFilter.IsEqualTo(ItemProperties.APPEND_TOKEN, token), view);
        });
        return results.getItems().stream().findFirst();
    }
}
