package org.bridgehead.simulator.ews;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.soap.SecureXml;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.ItemUpdate;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Puts contacts, distribution lists, tasks and calendar items into a mailbox from their EWS XML,
 * completed exactly as CreateItem completes them, and gives contacts their pictures as
 * CreateAttachment does: for demo and generated data sets, which then hold what a client would
 * have made.
 */
public final class SeedItems {
    private final SimulatorStore store;
    private final Account account;
    private final SecureXml xml = new SecureXml();

    public SeedItems(SimulatorStore store, Account account) {
        this.store = store;
        this.account = account;
    }

    /**
     * @param itemXml a {@code t:Contact}, {@code t:DistributionList}, {@code t:Task} or
     *                {@code t:CalendarItem} element (prefix {@code t}, no namespace declaration)
     * @throws IllegalArgumentException if CreateItem would refuse the item
     */
    public ItemState create(long folderNumber, String itemXml) throws ItemOperationException {
        Element item = parse(itemXml);
        PimSchema schema = PimSchema.byElement(item.getLocalName())
                .orElseThrow(() -> new IllegalArgumentException("not an item a seed makes: " + item.getLocalName()));
        try {
            return mailbox().createItem(folderNumber, new PimItems(store, account, ZoneOffset.UTC).newItem(schema, item));
        } catch (EwsError | SoapFaultException e) {
            throw new IllegalArgumentException("CreateItem refuses the seed item: " + e.getMessage(), e);
        }
    }

    /** Gives a contact its picture: a JPEG file attachment marked IsContactPhoto. */
    public ItemState attachPicture(ItemState contact, byte[] jpeg) throws ItemOperationException {
        var picture = new PimAttachments.Attachment(PimAttachments.nextNumber(contact.pim()), "ContactPicture.jpg",
                "image/jpeg", null, false, true, store.clock().instant(), jpeg);
        return mailbox().updateItem(contact.number(), -1,
                ItemUpdate.builder().pim(PimAttachments.with(contact.pim(), picture)).build());
    }

    /** The item id a distribution list's member uses to link a contact. */
    public String itemId(ItemState item) {
        Mailbox mailbox = mailbox();
        return EwsIds.itemId(mailbox.address(), mailbox.guid(), item.number());
    }

    private Mailbox mailbox() {
        return store.mailbox(account);
    }

    private Element parse(String itemXml) {
        String wrapped = itemXml.replaceFirst("^<t:(\\w+)", "<t:$1 xmlns:t=\"" + EwsNamespaces.TYPES + "\"");
        try {
            return xml.parse(wrapped.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        } catch (SAXException e) {
            throw new IllegalArgumentException("seed item is not XML: " + e.getMessage(), e);
        }
    }
}
