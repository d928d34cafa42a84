package org.bridgehead.simulator.store;

/**
 * A file attachment found in a message's MIME structure.
 *
 * @param index       position among the message's attachments, from 0; part of the attachment id
 * @param name        the file name, or "Untitled attachment" when the part has none
 * @param contentType e.g. "application/pdf"
 * @param contentId   the Content-ID without angle brackets, or null
 * @param size        decoded size in bytes
 * @param inline      true for inline parts (images an HTML body refers to)
 */
public record AttachmentInfo(int index, String name, String contentType, String contentId, long size,
                             boolean inline) {
}
