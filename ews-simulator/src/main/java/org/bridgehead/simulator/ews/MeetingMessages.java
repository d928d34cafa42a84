package org.bridgehead.simulator.ews;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bridgehead.simulator.store.EmailAddress;
import org.bridgehead.simulator.store.PimData;
import org.bridgehead.simulator.store.XmlNode;

/**
 * The meeting messages Exchange sends between organizer and attendees: a request
 * (IPM.Schedule.Meeting.Request), a response (IPM.Schedule.Meeting.Resp.Pos / Tent / Neg) and a
 * cancellation (IPM.Schedule.Meeting.Canceled). Each is a real message (text and a text/calendar
 * part with METHOD REQUEST, REPLY or CANCEL), so mail clients read it as mail, and carries the
 * meeting properties EWS shows on t:MeetingRequest, t:MeetingResponse and t:MeetingCancellation.
 */
final class MeetingMessages {
    /** The number of the calendar item the message is about, in the mailbox holding the message. */
    static final String ASSOCIATED_ITEM = "x-associated-item";
    /** The calendar item's fields a meeting message carries. */
    private static final Set<String> COPIED = Set.of("UID", "RecurrenceId", "DateTimeStamp", "Start", "End",
            "OriginalStart", "IsAllDayEvent", "Location", "When", "IsMeeting", "IsCancelled", "IsRecurring",
            "CalendarItemType", "Organizer", "RequiredAttendees", "OptionalAttendees", "Resources", "Duration",
            "AppointmentSequenceNumber", "Recurrence", "DeletedOccurrences", "MeetingTimeZone", "StartTimeZone",
            "EndTimeZone", "ConferenceType", "AllowNewTimeProposal", "IsOnlineMeeting", "StartTimeZoneId",
            "EndTimeZoneId", Occurrences.EXCEPTIONS);
    /** What a response or a cancellation says of the meeting (Exchange 2013's additions). */
    private static final Set<String> SUMMARY = Set.of("UID", "RecurrenceId", "DateTimeStamp", "Start", "End",
            "Location", "Recurrence", "CalendarItemType", "AppointmentSequenceNumber");

    /** A kind of meeting message. */
    enum Kind {
        REQUEST("MeetingRequest", "IPM.Schedule.Meeting.Request", "REQUEST", ""),
        ACCEPT("MeetingResponse", "IPM.Schedule.Meeting.Resp.Pos", "REPLY", "Accepted: "),
        TENTATIVE("MeetingResponse", "IPM.Schedule.Meeting.Resp.Tent", "REPLY", "Tentative: "),
        DECLINE("MeetingResponse", "IPM.Schedule.Meeting.Resp.Neg", "REPLY", "Declined: "),
        CANCELLATION("MeetingCancellation", "IPM.Schedule.Meeting.Canceled", "CANCEL", "Canceled: ");

        final String type;
        final String itemClass;
        final String method;
        final String subjectPrefix;

        Kind(String type, String itemClass, String method, String subjectPrefix) {
            this.type = type;
            this.itemClass = itemClass;
            this.method = method;
            this.subjectPrefix = subjectPrefix;
        }

        /** The response kind of an attendee's ResponseType (Accept, Tentative, Decline). */
        static Kind ofResponse(String responseType) {
            return switch (responseType) {
                case "Accept" -> ACCEPT;
                case "Tentative" -> TENTATIVE;
                default -> DECLINE;
            };
        }
    }

    /** A composed meeting message: its MIME and its meeting properties. */
    record Composed(byte[] mime, PimData meeting) {
    }

    private MeetingMessages() {
    }

    /**
     * Composes a meeting message about a calendar item.
     *
     * @param calendar     the calendar item's properties (the organizer's, or for a response the
     *                     attendee's with only the responder among the attendees)
     * @param subject      the meeting's subject (the kind's prefix is added)
     * @param body         the message text
     * @param own          the message's own meeting properties (MeetingRequestType, ResponseType ...)
     */
    static Composed compose(Kind kind, PimData calendar, String subject, String body, EmailAddress from,
                            List<EmailAddress> to, List<EmailAddress> cc, Map<String, XmlNode> own, Instant now) {
        String fullSubject = kind.subjectPrefix + (subject == null ? "" : subject);
        Map<String, XmlNode> fields = new LinkedHashMap<>();
        Set<String> copied = kind == Kind.REQUEST ? COPIED : SUMMARY;
        calendar.fields().forEach((name, node) -> {
            if (copied.contains(name)) {
                fields.put(name, node);
            }
        });
        fields.put("Subject", XmlNode.leaf("Subject", fullSubject));
        fields.putAll(own);
        PimData meeting = new PimData(kind.type, kind.itemClass, fields);
        String ics = CalendarMime.write(calendar, fullSubject, List.of(), now, kind.method);
        return new Composed(mime(from, to, cc, fullSubject, body, ics, kind.method, now), meeting);
    }

    private static byte[] mime(EmailAddress from, List<EmailAddress> to, List<EmailAddress> cc, String subject,
                               String body, String ics, String method, Instant now) {
        String domain = from.address().substring(from.address().indexOf('@') + 1);
        String boundary = "_000_" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder b = new StringBuilder();
        b.append("From: ").append(MimeComposer.address(from)).append("\r\n");
        MimeComposer.addressHeader(b, "To", to);
        MimeComposer.addressHeader(b, "Cc", cc);
        b.append("Subject: ").append(MimeComposer.encode(subject)).append("\r\n");
        b.append("Thread-Topic: ").append(MimeComposer.encode(subject)).append("\r\n");
        b.append("Date: ").append(MimeComposer.RFC_5322.format(now)).append("\r\n");
        b.append("Message-ID: ").append(MimeComposer.messageId(domain)).append("\r\n");
        b.append("Content-Type: multipart/alternative; boundary=\"").append(boundary).append("\"\r\n");
        b.append("MIME-Version: 1.0\r\n\r\n");
        b.append("--").append(boundary).append("\r\n");
        b.append("Content-Type: text/plain; charset=\"utf-8\"\r\n");
        b.append("Content-Transfer-Encoding: base64\r\n\r\n");
        b.append(base64(body == null ? "" : body)).append("\r\n");
        b.append("--").append(boundary).append("\r\n");
        b.append("Content-Type: text/calendar; charset=\"utf-8\"; method=").append(method).append("\r\n");
        b.append("Content-Transfer-Encoding: base64\r\n\r\n");
        b.append(base64(ics)).append("\r\n");
        b.append("--").append(boundary).append("--\r\n");
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String base64(String text) {
        return Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A leaf field, for a message's own meeting properties. */
    static Map.Entry<String, XmlNode> field(String name, String value) {
        return Map.entry(name, XmlNode.leaf(name, value));
    }
}
