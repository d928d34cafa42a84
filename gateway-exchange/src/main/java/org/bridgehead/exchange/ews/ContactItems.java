package org.bridgehead.exchange.ews;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.service.item.Contact;
import microsoft.exchange.webservices.data.core.service.item.ContactGroup;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.InvalidContentException;
import org.bridgehead.exchange.pim.vcard.ContactCard;
import org.bridgehead.exchange.pim.vcard.VCardReader;
import org.bridgehead.exchange.pim.vcard.VCardWriter;

/**
 * Exchange contacts and distribution lists <-> vCards: a Contact through {@link ContactConverter}
 * (the pictures of a batch are one GetAttachment), a ContactGroup (KIND:group) through
 * {@link ContactGroupConverter}. A list's members that are contacts of the same address book are
 * linked when the client names them by the UID of a card it stored here.
 */
final class ContactItems implements ItemBodies {

    private static final PropertySet SHAPE = PimProperties.itemShape(ContactConverter.NAME_PREFIX,
            PimProperties.PHOTO_DIGEST, ItemSchema.Attachments);

    private final MailContext context;
    private final ContactConverter contacts = new ContactConverter();
    private final ContactGroupConverter groups = new ContactGroupConverter();

    ContactItems(MailContext context) {
        this.context = context;
    }

    @Override
    public PropertySet shape() {
        return SHAPE;
    }

    @Override
    public Map<String, String> render(List<Item> items) throws BackendException {
        Map<String, String> bodies = new LinkedHashMap<>();
        try {
            Map<String, String> uids = new HashMap<>();
            for (Item item : items) {
                clientCard(item).ifPresent(card -> uids.put(EventConverter.optional(item::getId).getUniqueId(),
                        card.uid()));
            }
            ContactGroupConverter.ContactLinks links = links(items, uids);
            // the pictures of every contact rendered, in one GetAttachment
            List<Contact> withPictures = items.stream().filter(Contact.class::isInstance).map(Contact.class::cast)
                    .toList();
            Map<String, ContactCard.Photo> photos = context.call("GetAttachment",
                    () -> ContactConverter.pictures(context.service(), withPictures));
            for (Item item : items) {
                Optional<String> original = Optional.ofNullable(PimProperties.string(item,
                        PimProperties.CLIENT_ORIGINAL));
                String id = item.getId().getUniqueId();
                Optional<String> uid = Optional.ofNullable(uids.get(id));
                ContactCard card;
                if (item instanceof Contact contact) {
                    card = contacts.read(contact, uid, Optional.ofNullable(photos.get(id)));
                } else if (item instanceof ContactGroup group) {
                    card = groups.read(group, uid, links);
                } else {
                    continue;
                }
                bodies.put(id, VCardWriter.write(card, original));
            }
        } catch (Exception e) {
            throw context.failure(e);
        }
        return bodies;
    }

    /** Members linking to contacts among the items rendered come back as their cards' UIDs. */
    private static ContactGroupConverter.ContactLinks links(List<Item> items, Map<String, String> uids) {
        return new ContactGroupConverter.ContactLinks() {
            @Override
            public Optional<ContactGroupConverter.LinkedContact> byUid(String uid) {
                return Optional.empty();
            }

            @Override
            public Optional<String> uidOf(String itemId) {
                return Optional.ofNullable(uids.get(itemId));
            }
        };
    }

    private static Optional<ContactCard> clientCard(Item item) {
        String original = PimProperties.string(item, PimProperties.CLIENT_ORIGINAL);
        if (original == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(VCardReader.read(original));
        } catch (InvalidContentException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public ItemId create(String folderId, String resourceName, String body) throws BackendException {
        ContactCard card = VCardReader.read(body);
        ItemId id = context.callOnce("CreateItem", () -> {
            Item item;
            if (card.group()) {
                ContactGroup group = new ContactGroup(context.service());
                groups.write(card, group, true, ContactGroupConverter.NO_LINKS);
                item = group;
            } else {
                Contact contact = new Contact(context.service());
                contacts.write(card, contact, true);
                item = contact;
            }
            item.setExtendedProperty(PimProperties.RESOURCE_NAME, resourceName);
            item.setExtendedProperty(PimProperties.CLIENT_ORIGINAL, body);
            item.save(MailContext.folderId(folderId));
            return item.getId();
        });
        return card.photo().isPresent() ? current(id) : id;
    }

    @Override
    public ItemId replace(Item existing, String resourceName, String body, String ifMatch) throws BackendException {
        ContactCard card = VCardReader.read(body);
        if (card.group() != existing instanceof ContactGroup) {
            throw new InvalidContentException("A contact cannot become a distribution list, nor the other way round",
                    null);
        }
        ItemId id = context.callOnce("UpdateItem", () -> {
            if (ifMatch != null) {
                existing.getId().setChangeKey(ifMatch);
            }
            if (existing instanceof ContactGroup group) {
                groups.write(card, group, false, ContactGroupConverter.NO_LINKS);
            } else {
                contacts.write(card, (Contact) existing, false);
            }
            existing.setExtendedProperty(PimProperties.RESOURCE_NAME, resourceName);
            existing.setExtendedProperty(PimProperties.CLIENT_ORIGINAL, body);
            existing.update(ifMatch != null ? ConflictResolutionMode.NeverOverwrite
                    : ConflictResolutionMode.AlwaysOverwrite);
            return existing.getId();
        });
        return current(id);
    }

    /** The change key after a write: a picture sent after the item changes it again. */
    private ItemId current(ItemId id) throws BackendException {
        return context.call("GetItem", () -> Item.bind(context.service(), id,
                new PropertySet(microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet.IdOnly))
                .getId());
    }
}
