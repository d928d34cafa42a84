package org.bridgehead.exchange.mail;

import java.util.List;

/**
 * Exactly whom a sent message goes to, by kind. They replace the recipients the message's own
 * To, Cc and Bcc fields name: an address in a header but in none of these lists is not sent to,
 * and an empty list removes that kind altogether. Bcc recipients receive the message without
 * seeing each other; the sender's saved copy lists them.
 *
 * @param to the To recipients
 * @param cc the Cc recipients
 * @param bcc the blind copies
 */
public record OutgoingRecipients(List<Addressee> to, List<Addressee> cc, List<Addressee> bcc) {

    public OutgoingRecipients {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        if (to.isEmpty() && cc.isEmpty() && bcc.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one recipient");
        }
    }
}
