package org.bridgehead.imap.protocol.mime;

import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's header block as SEARCH (RFC 3501 6.4.4) reads it: each field unfolded, its encoded
 * words (RFC 2047) decoded, compared case-insensitively as a substring. Address fields are matched
 * as written, so both display names and addresses (and group names) are found.
 */
public final class SearchableHeader {

    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    /** The date part of an RFC 5322 date-time, day of week and comments allowed before it. */
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\s+(\\d{2,4})\\b");

    private final HeaderBlock block;

    private SearchableHeader(HeaderBlock block) {
        this.block = block;
    }

    /** The header block of one message (as MailService.headers returns it). */
    public static SearchableHeader parse(byte[] header) {
        return new SearchableHeader(HeaderBlock.parse(ByteBuffer.wrap(header), 0, header.length));
    }

    /**
     * Whether a field of this name contains the text; an empty text matches every message that
     * has the field, even an empty one.
     */
    public boolean fieldContains(String field, String text) {
        String wanted = fold(text);
        return block.fields().stream().filter(f -> f.hasName(field))
                .anyMatch(f -> wanted.isEmpty() || fold(decoded(f)).contains(wanted));
    }

    /** Whether any field, name or value, contains the text (the header half of SEARCH TEXT). */
    public boolean anyFieldContains(String text) {
        String wanted = fold(text);
        return block.fields().stream().anyMatch(f -> fold(f.name() + ": " + decoded(f)).contains(wanted));
    }

    /**
     * The day of the Date: field as written, in the sender's own zone (SENTBEFORE, SENTON,
     * SENTSINCE). Empty when the field is missing or is no date.
     */
    public Optional<LocalDate> sentDay() {
        return block.value("Date").flatMap(SearchableHeader::day);
    }

    static Optional<LocalDate> day(String date) {
        Matcher matcher = DATE.matcher(date);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(matcher.group(2).toLowerCase(Locale.ROOT)) + 1;
        int year = Integer.parseInt(matcher.group(3));
        // RFC 5322 4.3: a two-digit year below 50 is 20xx, otherwise 19xx; three digits add 1900.
        if (matcher.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        } else if (matcher.group(3).length() == 3) {
            year += 1900;
        }
        try {
            return month == 0 ? Optional.empty()
                    : Optional.of(LocalDate.of(year, month, Integer.parseInt(matcher.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String decoded(HeaderField field) {
        String value = field.value().replace('\t', ' ');
        try {
            return MimeUtility.decodeText(value);
        } catch (UnsupportedEncodingException | RuntimeException e) {
            // An unknown charset or a broken encoded word: search the text as it stands.
            return value;
        }
    }

    /** Case folding for comparison: upper then lower, so that e.g. the German sharp s and its forms meet. */
    private static String fold(String text) {
        return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
