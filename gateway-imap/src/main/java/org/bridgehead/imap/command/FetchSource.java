package org.bridgehead.imap.command;

import java.util.List;
import org.bridgehead.imap.protocol.FetchAttribute;
import org.bridgehead.imap.protocol.SectionSpec;

/**
 * What a FETCH must read from the backend: nothing (flags, UID, dates and sizes come from the
 * mailbox), the header blocks alone (the header fetch every client starts with: HEADER,
 * HEADER.FIELDS, ENVELOPE, which cost no bodies), or the full content.
 */
enum FetchSource {
    INDEX, HEADERS, CONTENT;

    static FetchSource of(List<FetchAttribute> attributes, boolean exactSizes) {
        FetchSource source = INDEX;
        for (FetchAttribute attribute : attributes) {
            FetchSource needed = of(attribute, exactSizes);
            if (needed.compareTo(source) > 0) {
                source = needed;
            }
        }
        return source;
    }

    private static FetchSource of(FetchAttribute attribute, boolean exactSizes) {
        if (attribute instanceof FetchAttribute.BodySection section) {
            return isTopLevelHeader(section.section()) ? HEADERS : CONTENT;
        }
        return switch ((FetchAttribute.Simple) attribute) {
            case FLAGS, UID, INTERNALDATE, MODSEQ -> INDEX;
            case RFC822_SIZE -> exactSizes ? CONTENT : INDEX;
            case RFC822_HEADER, ENVELOPE -> HEADERS;
            case RFC822, RFC822_TEXT, BODY, BODYSTRUCTURE -> CONTENT;
        };
    }

    private static boolean isTopLevelHeader(SectionSpec section) {
        return section.part().isEmpty() && switch (section.text()) {
            case HEADER, HEADER_FIELDS, HEADER_FIELDS_NOT -> true;
            default -> false;
        };
    }
}
