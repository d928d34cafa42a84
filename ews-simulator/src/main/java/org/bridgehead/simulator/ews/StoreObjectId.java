package org.bridgehead.simulator.ews;

import java.util.UUID;

/**
 * What an EWS id names: an object of a mailbox.
 *
 * @param mailbox     the mailbox owner's SMTP address (empty when the format does not carry it)
 * @param mailboxGuid the mailbox GUID, from the entry id
 * @param objectType  {@link #FOLDER} for folders, {@link #ITEM} for items
 * @param number      the object's number in the mailbox
 */
record StoreObjectId(String mailbox, UUID mailboxGuid, int objectType, long number) {
    /** The entry id type of a private-store folder, as in MAPI's entry ids. */
    static final int FOLDER = 1;
    /** The entry id type of a message. */
    static final int ITEM = 2;

    StoreObjectId withMailbox(String address) {
        return new StoreObjectId(address, mailboxGuid, objectType, number);
    }
}
