package org.bridgehead.simulator.ews;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.EmailAddress;
import org.bridgehead.simulator.store.FlagStatus;
import org.bridgehead.simulator.store.ItemUpdate;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.MailLimits;
import org.bridgehead.simulator.store.MessageSummary;
import org.bridgehead.simulator.store.MimeHeaders;
import org.bridgehead.simulator.store.MimeParser;
import org.bridgehead.simulator.store.NewItem;
import org.bridgehead.simulator.store.SimulatorStore;

/**
 * Turns a requested message into the MIME to store or send, with Exchange's checks: the sender
 * must be the caller (ErrorSendAsDenied), recipients must exist and be valid addresses
 * (ErrorInvalidRecipients), the size limit (ErrorMessageSizeExceeded) and the quota
 * (ErrorQuotaExceeded) hold.
 */
final class MessageSubmission {
    private final SimulatorStore store;
    private final Account account;
    private final Mailbox mailbox;
    private final Clock clock;

    MessageSubmission(SimulatorStore store, Account account) {
        this.store = store;
        this.account = account;
        this.mailbox = store.mailbox(account);
        this.clock = store.clock();
    }

    /** A message ready to be stored or sent: its MIME and, for a send, its envelope recipients. */
    record Prepared(byte[] mime, List<String> recipients) {
    }

    Prepared prepare(OutgoingMessage m, boolean sending) throws EwsError {
        EmailAddress me = new EmailAddress(account.displayName(), account.address());
        byte[] mime = m.mime().orElseGet(() -> MimeComposer.compose(m, me, domain(), clock.instant()));
        checkSize(mime.length);
        MessageSummary summary = MimeParser.summarize(mime);
        StringBuilder added = new StringBuilder();
        List<EmailAddress> all = new ArrayList<>();
        byte[] withRecipients = m.mime().isPresent() ? applyRecipientLists(m, summary, mime, added, all) : mime;
        if (!sending) {
            return new Prepared(MimeHeaders.withHeadersPrepended(withRecipients, added.toString()), List.of());
        }
        EmailAddress from = m.from() != null ? m.from() : summary.from();
        if (from != null && !from.sameAddress(account.address())) {
            throw new EwsError("ErrorSendAsDenied",
                    "The user account which was used to submit this request does not have the right to send mail"
                            + " on behalf of the specified sending account.");
        }
        if (m.mime().isEmpty()) {
            all.addAll(summary.to());
            all.addAll(summary.cc());
            all.addAll(summary.bcc());
        }
        List<String> recipients = new ArrayList<>();
        for (EmailAddress a : all) {
            if (!MimeParser.isValidAddress(a.address())) {
                throw invalidRecipients();
            }
            if (recipients.stream().noneMatch(a::sameAddress)) {
                recipients.add(a.address());
            }
        }
        if (recipients.isEmpty()) {
            throw invalidRecipients();
        }
        if (summary.from() == null) {
            added.append("From: ").append(MimeComposer.address(me)).append("\r\n");
        }
        if (summary.dateSent() == null) {
            added.append("Date: ").append(MimeComposer.RFC_5322.format(clock.instant())).append("\r\n");
        }
        if (summary.messageId() == null) {
            added.append("Message-ID: ").append(MimeComposer.messageId(domain())).append("\r\n");
        }
        byte[] sent = MimeHeaders.withHeadersPrepended(withRecipients, added.toString());
        checkSize(sent.length);
        MailLimits limits = store.limits();
        if (mailbox.totalSize() > limits.mailboxQuotaBytes() - sent.length) {
            throw new EwsError("ErrorQuotaExceeded", "The mailbox quota has been exceeded.");
        }
        return new Prepared(sent, recipients);
    }

    /**
     * Hands a prepared message to the store's transport. When the outbound relay fails, nothing was
     * delivered and the send fails with a transient error the client may retry (Exchange would queue
     * the message and bounce it later; the simulator reports the failure at once).
     */
    void send(Prepared prepared) throws EwsError {
        try {
            store.delivery().send(account.address(), prepared.recipients(), prepared.mime());
        } catch (IOException e) {
            throw new EwsError("ErrorInternalServerTransientError",
                    "The message could not be handed to the outbound relay; try again later.");
        }
    }

    /** The item to store for a message, with the request's properties over the given defaults. */
    static NewItem newItem(byte[] mime, ItemUpdate properties, boolean read, boolean draft) {
        return new NewItem(mime, properties.read() != null ? properties.read() : read,
                properties.draft() != null ? properties.draft() : draft,
                properties.flag() != null ? properties.flag() : FlagStatus.NOT_FLAGGED,
                properties.categories() != null ? properties.categories() : List.of(), properties.importance(),
                properties.received(), properties.set());
    }

    /**
     * Exchange builds the item from the MIME, then sets the properties the request gives after it
     * (the schema's sequence puts MimeContent first): a recipient list given replaces that kind from
     * the MIME's headers, an empty one removes it, and the message shows the item's recipients (MIME
     * is written from the item: MS-OXCMAIL 2.1.3.1.1.1 maps its recipients to To and Cc). A header
     * whose addresses do not change is left as the client wrote it.
     *
     * @param added collects the rewritten header fields
     * @param all collects the item's recipients
     * @return the MIME without the header fields that {@code added} replaces
     */
    private static byte[] applyRecipientLists(OutgoingMessage m, MessageSummary summary, byte[] mime,
                                              StringBuilder added, List<EmailAddress> all) {
        byte[] result = mime;
        List<RecipientKind> kinds = List.of(new RecipientKind("To", m.to(), summary.to()),
                new RecipientKind("Cc", m.cc(), summary.cc()), new RecipientKind("Bcc", m.bcc(), summary.bcc()));
        for (RecipientKind kind : kinds) {
            List<EmailAddress> effective = kind.given().orElse(kind.fromMime());
            all.addAll(effective);
            if (kind.given().isPresent() && !sameAddresses(effective, kind.fromMime())) {
                result = MimeHeaders.withoutHeader(result, kind.header());
                MimeComposer.addressHeader(added, kind.header(), effective);
            }
        }
        return result;
    }

    /** One recipient header and the list the request gives for it, if it gives one. */
    private record RecipientKind(String header, Optional<List<EmailAddress>> given, List<EmailAddress> fromMime) {
    }

    private static boolean sameAddresses(List<EmailAddress> a, List<EmailAddress> b) {
        return a.size() == b.size() && a.stream().allMatch(x -> b.stream().anyMatch(y -> y.sameAddress(x.address())))
                && b.stream().allMatch(y -> a.stream().anyMatch(x -> x.sameAddress(y.address())));
    }

    private void checkSize(long size) throws EwsError {
        if (size > store.limits().maxMessageBytes()) {
            throw new EwsError("ErrorMessageSizeExceeded", "The message exceeds the maximum supported size.");
        }
    }

    private String domain() {
        return account.address().substring(account.address().indexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    private static EwsError invalidRecipients() {
        return new EwsError("ErrorInvalidRecipients", "At least one recipient isn't valid.");
    }
}
