package org.bridgehead.imap.protocol.mime;

import java.util.List;
import java.util.Optional;

/**
 * One node of a message's MIME tree, located by offsets into the raw message bytes.
 *
 * @param start        offset of the part's header (the message itself starts at 0)
 * @param bodyStart    offset of the part's body
 * @param end          offset just past the body (a multipart child stops before the CRLF of the next delimiter)
 * @param header       the part's header fields
 * @param mediaType    its Content-Type, defaults applied
 * @param children     the parts of a multipart, empty otherwise
 * @param encapsulated the message inside a message/rfc822 part
 */
record MimePart(int start, int bodyStart, int end, HeaderBlock header, MediaType mediaType,
                       List<MimePart> children, Optional<MimePart> encapsulated) {

    MimePart {
        children = List.copyOf(children);
    }

    public int bodySize() {
        return end - bodyStart;
    }

    public List<HeaderField> headerFields() {
        return header.fields();
    }
}
