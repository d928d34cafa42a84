package org.bridgehead.simulator.ews;

import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * Resolves t:ItemId for the caller. As with folders, only the caller's own mailbox is reachable:
 * items of other users answer ErrorAccessDenied.
 */
final class ItemLocator {
    private final SimulatorStore store;
    private final Mailbox mailbox;

    ItemLocator(SimulatorStore store, Account account) {
        this.store = store;
        this.mailbox = store.mailbox(account);
    }

    Mailbox mailbox() {
        return mailbox;
    }

    /** The number of the item an id names, checked to be the caller's. */
    long number(String id) throws EwsError {
        StoreObjectId decoded = EwsIds.decode(id);
        checkOwner(decoded);
        if (decoded.objectType() != StoreObjectId.ITEM) {
            throw EwsError.itemNotFound();
        }
        return decoded.number();
    }

    void checkOwner(StoreObjectId id) throws EwsError {
        if (!id.mailbox().equalsIgnoreCase(mailbox.address())) {
            throw store.mailbox(id.mailbox()).isPresent() ? EwsError.accessDenied() : EwsError.itemNotFound();
        }
        if (!id.mailboxGuid().equals(mailbox.guid())) {
            throw EwsError.itemNotFound();
        }
    }

    /**
     * The live item a t:ItemId element names; an occurrence's id, a t:OccurrenceItemId (master and
     * 1-based InstanceIndex) or a t:RecurringMasterItemId (an occurrence's master) name occurrences
     * and masters of recurring series.
     */
    ItemState locate(Element itemId) throws EwsError {
        switch (itemId.getLocalName()) {
            case "OccurrenceItemId" -> {
                ItemState master = masterOf(itemId.getAttribute("RecurringMasterId"));
                int index;
                try {
                    index = Integer.parseInt(itemId.getAttribute("InstanceIndex").trim());
                } catch (NumberFormatException e) {
                    throw EwsError.invalidRequest("InstanceIndex is not a number.");
                }
                return Occurrences.byIndex(master, index);
            }
            case "RecurringMasterItemId" -> {
                String occurrenceId = itemId.getAttribute("OccurrenceId");
                java.util.Optional<EwsIds.OccurrenceRef> ref = EwsIds.decodeOccurrenceId(occurrenceId);
                if (ref.isPresent()) {
                    checkOwner(ref.get().master());
                    return mailbox.item(ref.get().master().number()).orElseThrow(EwsError::itemNotFound);
                }
                return masterOf(occurrenceId);
            }
            default -> {
                String id = itemId.getAttribute("Id");
                java.util.Optional<EwsIds.OccurrenceRef> ref = EwsIds.decodeOccurrenceId(id);
                if (ref.isPresent()) {
                    checkOwner(ref.get().master());
                    ItemState master = mailbox.item(ref.get().master().number()).orElseThrow(EwsError::itemNotFound);
                    return Occurrences.byOriginalStart(master, ref.get().originalStart());
                }
                return mailbox.item(number(id)).orElseThrow(EwsError::itemNotFound);
            }
        }
    }

    private ItemState masterOf(String id) throws EwsError {
        ItemState master = mailbox.item(number(id)).orElseThrow(EwsError::itemNotFound);
        if (!Occurrences.isMaster(master)) {
            throw new EwsError("ErrorItemIsNotRecurringMaster", "The item isn't the master of a recurring series.");
        }
        return master;
    }

    /** The change number a t:ItemId's ChangeKey stands for, or -1 when it has none we know. */
    long changeNumber(Element itemId) {
        return itemId.hasAttribute("ChangeKey") ? EwsIds.changeNumber(itemId.getAttribute("ChangeKey"), mailbox.guid())
                : -1;
    }

    /** The response code Exchange gives for a refused item operation. */
    static EwsError error(ItemOperationException e) {
        String code = switch (e.reason()) {
            case NOT_FOUND -> "ErrorItemNotFound";
            case CONFLICT -> "ErrorIrresolvableConflict";
            case QUOTA_EXCEEDED -> "ErrorQuotaExceeded";
            case MESSAGE_TOO_LARGE -> "ErrorMessageSizeExceeded";
        };
        return new EwsError(code, e.getMessage());
    }
}
