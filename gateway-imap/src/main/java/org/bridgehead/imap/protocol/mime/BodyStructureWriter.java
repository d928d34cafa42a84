package org.bridgehead.imap.protocol.mime;

import java.nio.ByteBuffer;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ParseException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bridgehead.imap.protocol.ImapValue;

/**
 * Writes BODYSTRUCTURE (extensible) and BODY (non-extensible) values (RFC 3501 7.4.2) from a
 * MIME tree. Sizes and line counts are those of the stored bytes.
 */
final class BodyStructureWriter {

    private static final MimePart EMPTY_TEXT_PART = new MimePart(0, 0, 0, new HeaderBlock(List.of(), 0),
            MediaType.TEXT_PLAIN, List.of(), Optional.empty());

    private final ByteBuffer bytes;
    private final boolean extensible;

    BodyStructureWriter(ByteBuffer bytes, boolean extensible) {
        this.bytes = bytes;
        this.extensible = extensible;
    }

    ImapValue write(MimePart part) {
        return part.mediaType().isMultipart() ? multipart(part) : singlePart(part);
    }

    private ImapValue multipart(MimePart part) {
        List<ImapValue> children = new ArrayList<>();
        for (MimePart child : part.children()) {
            children.add(write(child));
        }
        if (children.isEmpty()) {
            // The grammar needs at least one body part; a multipart without any gets an empty text part.
            children.add(singlePart(EMPTY_TEXT_PART));
        }
        List<ImapValue> items = new ArrayList<>();
        items.add(new ImapValue.Adjacent(children));
        items.add(upper(part.mediaType().subtype()));
        if (extensible) {
            items.add(parameters(part.mediaType().parameters(), false));
            items.addAll(commonExtensions(part.header()));
        }
        return ImapValue.list(items);
    }

    private ImapValue singlePart(MimePart part) {
        MediaType type = part.mediaType();
        HeaderBlock header = part.header();
        List<ImapValue> items = new ArrayList<>();
        items.add(upper(type.type()));
        items.add(upper(type.subtype()));
        items.add(parameters(type.parameters(), type.isText()));
        items.add(ImapValue.nstring(header.value("Content-ID")));
        items.add(ImapValue.nstring(header.value("Content-Description")));
        items.add(upper(header.value("Content-Transfer-Encoding").filter(e -> !e.isEmpty()).orElse("7bit")));
        items.add(ImapValue.number(part.bodySize()));
        if (type.isMessage()) {
            MimePart message = part.encapsulated().orElse(EMPTY_TEXT_PART);
            items.add(Envelope.of(message.header()).toImapValue());
            items.add(write(message));
            items.add(ImapValue.number(lines(part)));
        } else if (type.isText()) {
            items.add(ImapValue.number(lines(part)));
        }
        if (extensible) {
            items.add(ImapValue.nstring(header.value("Content-MD5")));
            items.addAll(commonExtensions(header));
        }
        return ImapValue.list(items);
    }

    /** Disposition, language and location, shared by single parts and multiparts. */
    private static List<ImapValue> commonExtensions(HeaderBlock header) {
        return List.of(disposition(header.value("Content-Disposition")), language(header.value("Content-Language")),
                ImapValue.nstring(header.value("Content-Location")));
    }

    private static ImapValue disposition(Optional<String> value) {
        if (value.isEmpty() || value.get().isBlank()) {
            return ImapValue.NIL;
        }
        try {
            ContentDisposition disposition = new ContentDisposition(value.get());
            if (disposition.getDisposition() == null) {
                return ImapValue.NIL;
            }
            return ImapValue.list(upper(disposition.getDisposition()),
                    parameters(MediaType.parameters(disposition.getParameterList()), false));
        } catch (ParseException | RuntimeException e) {
            return ImapValue.NIL;
        }
    }

    private static ImapValue language(Optional<String> value) {
        List<ImapValue> tags = value.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(tag -> !tag.isEmpty())
                .<ImapValue>map(ImapValue::string).toList();
        if (tags.isEmpty()) {
            return ImapValue.NIL;
        }
        return tags.size() == 1 ? tags.get(0) : ImapValue.list(tags);
    }

    /** {@code ("NAME" "value" ...)} or NIL; text parts without a charset get the US-ASCII default. */
    private static ImapValue parameters(List<MimeParameter> parameters, boolean text) {
        List<ImapValue> items = new ArrayList<>();
        boolean hasCharset = false;
        for (MimeParameter parameter : parameters) {
            hasCharset |= parameter.name().equalsIgnoreCase("charset");
            items.add(upper(parameter.name()));
            items.add(ImapValue.string(parameter.value()));
        }
        if (text && !hasCharset) {
            items.add(0, ImapValue.string("US-ASCII"));
            items.add(0, ImapValue.string("CHARSET"));
        }
        return items.isEmpty() ? ImapValue.NIL : ImapValue.list(items);
    }

    /**
     * Lines of the body: its line breaks, as Dovecot and Cyrus count them. A part's last line has none
     * of its own (the CRLF before a boundary belongs to the boundary, RFC 2046 5.1.1), so it is not counted.
     */
    private int lines(MimePart part) {
        int count = 0;
        for (int i = part.bodyStart(); i < part.end(); i++) {
            if (bytes.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static ImapValue upper(String text) {
        return ImapValue.string(text.toUpperCase(Locale.ROOT));
    }
}
