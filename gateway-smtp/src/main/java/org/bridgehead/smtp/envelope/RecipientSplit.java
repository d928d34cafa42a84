package org.bridgehead.smtp.envelope;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The envelope recipients divided into those the message names in To or Cc and the blind
 * copies. A recipient given only in the envelope (how a client sends Bcc: it names the
 * address in RCPT TO and leaves it out of the headers) is a blind copy, and so is one named
 * in a Bcc header.
 *
 * @param visible envelope recipients named in To or Cc, in envelope order
 * @param bcc the other envelope recipients, in envelope order
 */
public record RecipientSplit(List<String> visible, List<String> bcc) {

    public RecipientSplit {
        visible = List.copyOf(visible);
        bcc = List.copyOf(bcc);
    }

    public static RecipientSplit of(HeaderSection headers, List<String> envelopeRecipients) {
        Set<String> named = HeaderAddresses.of(headers, "To", "Cc");
        List<String> visible = new ArrayList<>();
        List<String> bcc = new ArrayList<>();
        for (String recipient : envelopeRecipients) {
            (named.contains(HeaderAddresses.normalize(recipient)) ? visible : bcc).add(recipient);
        }
        return new RecipientSplit(visible, bcc);
    }
}
