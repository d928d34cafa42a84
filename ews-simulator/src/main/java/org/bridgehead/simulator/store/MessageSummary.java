package org.bridgehead.simulator.store;

import java.time.Instant;
import java.util.List;

/**
 * What Exchange derives from a message's MIME when it is stored. Absent values are null or empty.
 *
 * @param subject          decoded Subject
 * @param from             the From mailbox
 * @param sender           the Sender mailbox, or the From mailbox when there is no Sender header
 * @param to               To recipients
 * @param cc               Cc recipients
 * @param bcc              Bcc recipients (present only in a sender's copy)
 * @param replyTo          Reply-To mailboxes
 * @param dateSent         the Date header
 * @param messageId        Message-ID, with angle brackets
 * @param inReplyTo        In-Reply-To, as written
 * @param references       References, unfolded
 * @param importance       from Importance or X-Priority
 * @param headers          every top-level header, in order
 * @param attachments      file attachments, in MIME order
 */
public record MessageSummary(String subject, EmailAddress from, EmailAddress sender, List<EmailAddress> to,
                             List<EmailAddress> cc, List<EmailAddress> bcc, List<EmailAddress> replyTo,
                             Instant dateSent, String messageId, String inReplyTo, String references,
                             Importance importance, List<MessageHeader> headers, List<AttachmentInfo> attachments) {

    public MessageSummary {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        replyTo = List.copyOf(replyTo);
        headers = List.copyOf(headers);
        attachments = List.copyOf(attachments);
    }

    /** The summary of an item without MIME (a calendar item, task or contact): its subject only. */
    public static MessageSummary withoutMime(String subject) {
        return new MessageSummary(subject, null, null, List.of(), List.of(), List.of(), List.of(), null, null, null,
                null, Importance.NORMAL, List.of(), List.of());
    }

    /** HasAttachments counts file attachments that are not inline, as Exchange does. */
    public boolean hasAttachments() {
        return attachments.stream().anyMatch(a -> !a.inline());
    }

    /** The conversation topic: the subject without reply and forward prefixes. */
    public String conversationTopic() {
        String topic = subject == null ? "" : subject.trim();
        while (true) {
            String lower = topic.toLowerCase(java.util.Locale.ROOT);
            int colon = topic.indexOf(':');
            if (colon > 0 && colon <= 4 && List.of("re", "fw", "fwd", "aw", "wg", "tr", "sv", "vs")
                    .contains(lower.substring(0, colon))) {
                topic = topic.substring(colon + 1).trim();
            } else {
                return topic;
            }
        }
    }
}
