package org.bridgehead.exchange.pim;

/** What a collection holds; decides the item format (iCalendar or vCard). */
public enum CollectionKind {
    /** Events (VEVENT in iCalendar); an Exchange calendar folder (IPF.Appointment). */
    CALENDAR,
    /** To-dos (VTODO in iCalendar); an Exchange tasks folder (IPF.Task). */
    TASKS,
    /** Contacts and distribution lists (vCard); an Exchange contacts folder (IPF.Contact). */
    CONTACTS
}
