package org.bridgehead.caldav.ical;

/** iCalendar or vCard text that breaks the content-line syntax; the message says where. */
public final class MalformedContentException extends Exception {

    public MalformedContentException(String message) {
        super(message);
    }
}
