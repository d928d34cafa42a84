package org.bridgehead.imap.protocol.mime;

import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What SORT and THREAD (RFC 5256, RFC 5957) read of a message's header block: the sent date, the
 * base subject, the first From / To / Cc address, and the Message-ID / References / In-Reply-To
 * chain. Strings are case-folded for comparison.
 *
 * @param sentDate    the Date: field, empty when missing or unreadable
 * @param subject     the base subject
 * @param from        addr-mailbox of the first From address (a group's name), "" if none (SORT FROM)
 * @param to          addr-mailbox of the first To address (SORT TO)
 * @param cc          addr-mailbox of the first Cc address (SORT CC)
 * @param displayFrom the first From address's display name, else its address (SORT DISPLAYFROM)
 * @param displayTo   the same for To (SORT DISPLAYTO)
 * @param messageId   the Message-ID, empty when missing or unreadable
 * @param references  the message ids of References, or else the first of In-Reply-To, oldest first
 */
public record SortFields(Optional<Instant> sentDate, BaseSubject subject, String from, String to, String cc,
        String displayFrom, String displayTo, Optional<String> messageId, List<String> references) {

    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");

    public SortFields {
        references = List.copyOf(references);
    }

    /** The fields of a header block (as MailService.headers returns it). */
    public static SortFields parse(byte[] header) {
        HeaderBlock block = HeaderBlock.parse(ByteBuffer.wrap(header), 0, header.length);
        Optional<Address> from = firstAddress(block, "From");
        Optional<Address> to = firstAddress(block, "To");
        List<String> references = ids(block.value("References").orElse(""));
        if (references.isEmpty()) {
            references = ids(block.value("In-Reply-To").orElse("")).stream().limit(1).toList();
        }
        return new SortFields(block.value("Date").flatMap(SortFields::date),
                BaseSubject.of(block.value("Subject").map(SortFields::decode).orElse("")),
                mailbox(from), mailbox(to), mailbox(firstAddress(block, "Cc")), display(from), display(to),
                ids(block.value("Message-ID").orElse("")).stream().findFirst(), references);
    }

    private static Optional<Instant> date(String text) {
        try {
            return Optional.of(new MailDateFormat().parse(text.strip()).toInstant());
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The first address structure, a group's start marker included (its mailbox is the group name). */
    private static Optional<Address> firstAddress(HeaderBlock block, String field) {
        return block.value(field).flatMap(value -> AddressParser.parse(value).stream().findFirst());
    }

    private static String mailbox(Optional<Address> address) {
        return address.flatMap(Address::mailbox).map(SortFields::fold).orElse("");
    }

    /** RFC 5957: the display name if there is one, otherwise the address as mailbox@host (a group: its name). */
    private static String display(Optional<Address> address) {
        if (address.isEmpty()) {
            return "";
        }
        Optional<String> name = address.get().name().map(SortFields::decode).map(String::strip)
                .filter(n -> !n.isEmpty());
        String mailbox = address.get().mailbox().orElse("");
        return fold(name.orElseGet(() -> address.get().host().map(host -> mailbox + "@" + host).orElse(mailbox)));
    }

    private static List<String> ids(String value) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = MESSAGE_ID.matcher(value);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String decode(String value) {
        try {
            return MimeUtility.decodeText(value.replace('\t', ' '));
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return value;
        }
    }

    private static String fold(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
