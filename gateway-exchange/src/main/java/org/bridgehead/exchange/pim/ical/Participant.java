package org.bridgehead.exchange.pim.ical;

import java.util.Locale;
import java.util.Objects;

/**
 * An ORGANIZER or ATTENDEE: a mailbox with what the meeting asks of it and what it answered.
 *
 * @param email  the address, without {@code mailto:}
 * @param name   the display name (CN), may be empty
 * @param role   what the meeting asks of the person
 * @param status the answer so far (PARTSTAT)
 * @param rsvp   whether an answer is asked for
 */
public record Participant(String email, String name, Role role, Status status, boolean rsvp) {

    /** iCalendar ROLE, and CUTYPE=RESOURCE/ROOM for Exchange's resources. */
    public enum Role {
        REQUIRED, OPTIONAL, RESOURCE
    }

    /** iCalendar PARTSTAT as Exchange keeps it (its ResponseType). */
    public enum Status {
        NEEDS_ACTION, ACCEPTED, TENTATIVE, DECLINED
    }

    public Participant {
        Objects.requireNonNull(email, "email");
        name = name == null ? "" : name;
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
    }

    /** Whether this is the mailbox {@code address}, compared as Exchange does (ignoring case). */
    public boolean is(String address) {
        return email.toLowerCase(Locale.ROOT).equals(address.toLowerCase(Locale.ROOT));
    }

    public Participant withStatus(Status newStatus) {
        return new Participant(email, name, role, newStatus, rsvp);
    }
}
