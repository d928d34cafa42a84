package org.bridgehead.simulator.ews;

import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.NewItem;
import org.bridgehead.simulator.store.SimulatorStore;

/** Puts messages into test mailboxes and names them as EWS does. */
final class TestItems {
    private TestItems() {
    }

    static ItemState add(SimulatorStore store, String address, DistinguishedFolder folder, NewItem item) {
        Mailbox mailbox = store.mailbox(address).orElseThrow();
        try {
            return mailbox.createItem(mailbox.folder(folder).number(), item);
        } catch (ItemOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String id(SimulatorStore store, String address, ItemState item) {
        Mailbox mailbox = store.mailbox(address).orElseThrow();
        return EwsIds.itemId(mailbox.address(), mailbox.guid(), item.number());
    }

    static String itemIdElement(SimulatorStore store, String address, ItemState item) {
        return "<t:ItemId Id=\"" + id(store, address, item) + "\"/>";
    }
}
