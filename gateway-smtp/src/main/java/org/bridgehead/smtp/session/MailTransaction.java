package org.bridgehead.smtp.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bridgehead.smtp.submit.BodyType;
import org.bridgehead.smtp.submit.Envelope;

/** The envelope being built between MAIL and DATA. */
public final class MailTransaction {

    private final String sender;
    private final BodyType bodyType;
    private final boolean smtpUtf8;
    // Keyed case-insensitively so a recipient given twice is sent to once.
    private final Map<String, String> recipients = new LinkedHashMap<>();

    /** @param smtpUtf8 whether MAIL FROM gave SMTPUTF8, which allows UTF-8 recipient addresses */
    public MailTransaction(String sender, BodyType bodyType, boolean smtpUtf8) {
        this.sender = sender;
        this.bodyType = bodyType;
        this.smtpUtf8 = smtpUtf8;
    }

    public boolean smtpUtf8() {
        return smtpUtf8;
    }

    public String sender() {
        return sender;
    }

    /** Adds a recipient; a repeated one is accepted and kept once. */
    public void addRecipient(String recipient) {
        recipients.putIfAbsent(recipient.toLowerCase(Locale.ROOT), recipient);
    }

    public int recipientCount() {
        return recipients.size();
    }

    public Envelope toEnvelope() {
        return new Envelope(sender, List.copyOf(recipients.values()), bodyType);
    }
}
