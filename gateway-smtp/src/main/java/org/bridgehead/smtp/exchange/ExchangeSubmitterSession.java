package org.bridgehead.smtp.exchange;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.exchange.mail.Addressee;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.exchange.mail.OutgoingRecipients;
import org.bridgehead.smtp.envelope.HeaderSection;
import org.bridgehead.smtp.envelope.HeaderSectionTooLargeException;
import org.bridgehead.smtp.envelope.RecipientSplit;
import org.bridgehead.smtp.submit.Envelope;
import org.bridgehead.smtp.submit.SpooledMessage;
import org.bridgehead.smtp.submit.SubmissionException;
import org.bridgehead.smtp.submit.SubmissionFailure;
import org.bridgehead.smtp.submit.SubmissionReceipt;
import org.bridgehead.smtp.submit.SubmitterSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One authenticated SMTP client sending through Exchange.
 *
 * <p>SMTP takes the recipients from the envelope, not from the headers: the message goes to exactly
 * the RCPT TO addresses, sent as the item's explicit To, Cc and Bcc recipients with the MIME content
 * unchanged. An envelope recipient the To field names is a To recipient, one the Cc field names a Cc
 * recipient, and every other one a blind copy (how a client sends Bcc: it names the address in RCPT
 * TO only), which Exchange hides from the recipients and keeps in the Sent Items copy. A To or Cc
 * address the envelope leaves out is not sent to.
 */
final class ExchangeSubmitterSession implements SubmitterSession {

    private static final Logger log = LoggerFactory.getLogger(ExchangeSubmitterSession.class);

    private final SessionCache sessions;
    private final Credentials credentials;
    private final boolean saveInSent;

    ExchangeSubmitterSession(SessionCache sessions, Credentials credentials, boolean saveInSent) {
        this.sessions = sessions;
        this.credentials = credentials;
        this.saveInSent = saveInSent;
    }

    @Override
    public String user() {
        return credentials.userName();
    }

    @Override
    public SubmissionReceipt submit(Envelope envelope, SpooledMessage message) throws SubmissionException, IOException {
        HeaderSection headers;
        try {
            headers = headersOf(message);
        } catch (HeaderSectionTooLargeException tooLarge) {
            // Retrying cannot help, so not the 451 of an I/O error.
            throw new SubmissionException(new SubmissionFailure.MessageTooLarge(message.size()), tooLarge);
        }
        RecipientSplit split = RecipientSplit.of(headers, envelope.recipients());
        log.debug("sending to {} To, {} Cc and {} Bcc recipients", split.to().size(), split.cc().size(), split.bcc().size());
        return send(asContent(message), recipients(split), envelope, headers);
    }

    /** Nothing to release: the Exchange session belongs to the shared cache, which closes it when idle. */
    @Override
    public void close() {
    }

    private SubmissionReceipt send(Content content, OutgoingRecipients recipients, Envelope envelope,
            HeaderSection headers) throws SubmissionException {
        try {
            // Acquired per message, as the cache asks: a session idle since AUTH may have been closed.
            sessions.acquire(credentials).mail().send(content, recipients, saveInSent);
        } catch (BackendException e) {
            throw new SubmissionException(BackendFailures.failureOf(e, attempt(envelope, headers, content)), e);
        }
        return new SubmissionReceipt(UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    private static OutgoingRecipients recipients(RecipientSplit split) {
        return new OutgoingRecipients(addressees(split.to()), addressees(split.cc()), addressees(split.bcc()));
    }

    private static List<Addressee> addressees(List<RecipientSplit.Recipient> recipients) {
        return recipients.stream().map(r -> new Addressee(r.displayName(), r.address())).toList();
    }

    private static BackendFailures.Attempt attempt(Envelope envelope, HeaderSection headers, Content content) {
        return new BackendFailures.Attempt(sender(envelope, headers), envelope.recipients(), content.length());
    }

    /** The From address Exchange checks the right to send as; the envelope sender if it has none. */
    private static String sender(Envelope envelope, HeaderSection headers) {
        return headers.first("From").flatMap(ExchangeSubmitterSession::firstAddress).orElse(envelope.sender());
    }

    private static Optional<String> firstAddress(String fieldValue) {
        try {
            InternetAddress[] addresses = InternetAddress.parseHeader(fieldValue, false);
            return addresses.length == 0 ? Optional.empty() : Optional.ofNullable(addresses[0].getAddress());
        } catch (AddressException unparsable) {
            return Optional.of(fieldValue);
        }
    }

    private static HeaderSection headersOf(SpooledMessage message) throws IOException {
        try (InputStream in = new BufferedInputStream(message.open())) {
            return HeaderSection.read(in, HeaderSection.DEFAULT_MAX_BYTES);
        }
    }

    private static Content asContent(SpooledMessage message) {
        return new Content() {
            @Override
            public long length() {
                return message.size();
            }

            @Override
            public InputStream openStream() throws IOException {
                return message.open();
            }
        };
    }
}
