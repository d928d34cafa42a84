package org.bridgehead.smtp.envelope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The envelope recipients divided by how the message names them. The envelope decides who gets
 * the message: a To or Cc address the envelope leaves out is in none of the lists. A recipient
 * given only in the envelope (how a client sends Bcc: it names the address in RCPT TO and leaves it
 * out of the headers) is a blind copy, and so is one named in a Bcc header.
 *
 * @param to envelope recipients named in To, in envelope order, with the header's display names
 * @param cc envelope recipients named in Cc and not in To
 * @param bcc the other envelope recipients
 */
public record RecipientSplit(List<Recipient> to, List<Recipient> cc, List<Recipient> bcc) {

    /**
     * @param displayName the name the header writes with the address; {@code null} if none
     * @param address the address as the envelope gives it
     */
    public record Recipient(String displayName, String address) {
    }

    public RecipientSplit {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }

    public static RecipientSplit of(HeaderSection headers, List<String> envelopeRecipients) {
        Map<String, String> toNames = HeaderAddresses.of(headers, "To");
        Map<String, String> ccNames = HeaderAddresses.of(headers, "Cc");
        List<Recipient> to = new ArrayList<>();
        List<Recipient> cc = new ArrayList<>();
        List<Recipient> bcc = new ArrayList<>();
        for (String address : envelopeRecipients) {
            String key = HeaderAddresses.normalize(address);
            if (toNames.containsKey(key)) {
                to.add(new Recipient(toNames.get(key), address));
            } else if (ccNames.containsKey(key)) {
                cc.add(new Recipient(ccNames.get(key), address));
            } else {
                bcc.add(new Recipient(null, address));
            }
        }
        return new RecipientSplit(to, cc, bcc);
    }

}
