package org.bridgehead.exchange.directory;

/** Where a person's entry comes from. */
public enum PeopleSource {
    /** The organisation's directory: Exchange's Global Address List, Microsoft Graph's users. */
    DIRECTORY,
    /** The signed-in user's personal contacts. */
    CONTACTS
}
