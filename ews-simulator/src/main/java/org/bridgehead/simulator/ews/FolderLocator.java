package org.bridgehead.simulator.ews;

import java.util.List;
import java.util.Optional;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * Resolves t:FolderId and t:DistinguishedFolderId for the caller. Only the caller's own mailbox is
 * reachable: the simulator grants no delegate rights, so other mailboxes answer ErrorAccessDenied.
 */
final class FolderLocator {
    private final SimulatorStore store;
    private final Mailbox mailbox;

    FolderLocator(SimulatorStore store, Account account) {
        this.store = store;
        this.mailbox = store.mailbox(account);
    }

    /** The caller's mailbox. */
    Mailbox mailbox() {
        return mailbox;
    }

    /** The folder id elements (t:FolderId, t:DistinguishedFolderId) among a container's children, in order. */
    static List<Element> idElements(Element container) {
        return Dom.children(container).stream()
                .filter(e -> "FolderId".equals(e.getLocalName()) || "DistinguishedFolderId".equals(e.getLocalName()))
                .toList();
    }

    /** Resolves the single folder id inside a container such as m:ParentFolderId or m:ToFolderId. */
    FolderState locateIn(Element container) throws EwsError {
        List<Element> ids = idElements(container);
        if (ids.size() != 1) {
            throw EwsError.invalidRequest(container.getLocalName() + " must hold one folder id.");
        }
        return locate(ids.get(0));
    }

    FolderState locate(Element idElement) throws EwsError {
        if ("DistinguishedFolderId".equals(idElement.getLocalName())) {
            return distinguished(idElement);
        }
        StoreObjectId id = EwsIds.decode(idElement.getAttribute("Id"));
        if (!id.mailbox().equalsIgnoreCase(mailbox.address())) {
            throw store.mailbox(id.mailbox()).isPresent() ? EwsError.accessDenied() : EwsError.itemNotFound();
        }
        if (id.objectType() != StoreObjectId.FOLDER || !id.mailboxGuid().equals(mailbox.guid())) {
            throw EwsError.itemNotFound();
        }
        return mailbox.folder(id.number()).orElseThrow(EwsError::itemNotFound);
    }

    private FolderState distinguished(Element idElement) throws EwsError {
        Optional<String> owner = Dom.child(idElement, "Mailbox").flatMap(m -> Dom.childText(m, "EmailAddress"));
        if (owner.isPresent() && !owner.get().equalsIgnoreCase(mailbox.address())) {
            if (store.mailbox(owner.get()).isPresent()) {
                throw EwsError.accessDenied();
            }
            throw new EwsError("ErrorNonExistentMailbox", "The SMTP address has no mailbox associated with it.");
        }
        String name = idElement.getAttribute("Id");
        return DistinguishedFolder.byId(name).map(mailbox::folder)
                .orElseThrow(() -> new EwsError("ErrorFolderNotFound",
                        "The specified folder could not be found in the store."));
    }
}
