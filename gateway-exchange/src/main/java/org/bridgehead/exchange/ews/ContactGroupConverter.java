package org.bridgehead.exchange.ews;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BodyType;
import microsoft.exchange.webservices.data.core.service.item.ContactGroup;
import microsoft.exchange.webservices.data.property.complex.EmailAddress;
import microsoft.exchange.webservices.data.property.complex.GroupMember;
import microsoft.exchange.webservices.data.property.complex.GroupMemberCollection;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.property.complex.MessageBody;
import microsoft.exchange.webservices.data.property.complex.StringList;
import org.bridgehead.exchange.InvalidContentException;
import org.bridgehead.exchange.pim.vcard.ContactCard;
import org.bridgehead.exchange.pim.vcard.ContactCard.Member;
import org.bridgehead.exchange.pim.vcard.ContactCard.PersonName;

/**
 * A {@link ContactCard} of KIND:group <-> an EWS ContactGroup (a personal distribution list). A
 * {@code mailto:} member is a one-off address; a {@code urn:uuid:} member names another card of
 * the address book and becomes a link to that contact, found through {@link ContactLinks}. An
 * update changes only the members that changed: ews-java-api cannot replace the whole list (a
 * cleared and refilled collection is sent as a deletion of every member).
 */
final class ContactGroupConverter {

    /** The address book's other contacts, for members that name them. */
    interface ContactLinks {
        /** The contact a card's UID names, or empty if it is not in the address book. */
        Optional<LinkedContact> byUid(String uid) throws Exception;

        /** The UID of the card a contact's item id belongs to, or empty. */
        Optional<String> uidOf(String itemId) throws Exception;
    }

    /** A contact a list member links to: its item id and the address the list sends to. */
    record LinkedContact(String itemId, String address) {
    }

    /** For a list without links to other contacts. */
    static final ContactLinks NO_LINKS = new ContactLinks() {
        @Override
        public Optional<LinkedContact> byUid(String uid) {
            return Optional.empty();
        }

        @Override
        public Optional<String> uidOf(String itemId) {
            return Optional.empty();
        }
    };

    private static final String UUID_PREFIX = "urn:uuid:";

    /** What {@link #read} needs of a list, for GetItem. */
    static PropertySet properties() {
        PropertySet properties = new PropertySet(BasePropertySet.FirstClassProperties);
        properties.setRequestedBodyType(BodyType.Text);
        return properties;
    }

    /**
     * Writes the card's name, notes, categories and members to a list ({@code created} false: one
     * loaded with {@link #properties()}).
     *
     * @throws InvalidContentException for a member that names a card the address book does not hold
     */
    void write(ContactCard card, ContactGroup target, boolean created, ContactLinks links) throws Exception {
        target.setDisplayName(card.displayName());
        target.setBody(MessageBody.getMessageBodyFromText(card.notes()));
        target.setCategories(new StringList(card.categories()));
        Map<String, GroupMember> wanted = new LinkedHashMap<>();
        for (Member member : card.members()) {
            GroupMember ews = member(member, links);
            wanted.putIfAbsent(identity(ews), ews);
        }
        GroupMemberCollection members = target.getMembers();
        if (!created) {
            List<GroupMember> current = new ArrayList<>();
            members.forEach(current::add);
            for (GroupMember existing : current) {
                if (wanted.remove(identity(existing)) == null) {
                    members.remove(existing);
                }
            }
        }
        for (GroupMember added : wanted.values()) {
            members.add(added);
        }
    }

    private static GroupMember member(Member member, ContactLinks links) throws Exception {
        Optional<String> email = member.email();
        if (email.isPresent()) {
            return member.name().isEmpty() ? new GroupMember(email.get())
                    : new GroupMember(member.name(), email.get());
        }
        if (member.uri().regionMatches(true, 0, UUID_PREFIX, 0, UUID_PREFIX.length())) {
            String uid = member.uri().substring(UUID_PREFIX.length());
            LinkedContact linked = links.byUid(uid).orElseThrow(() -> new InvalidContentException(
                    "The group's member " + member.uri() + " is not in this address book", null));
            return new GroupMember(new ItemId(linked.itemId()), linked.address());
        }
        throw new InvalidContentException("A group member is an address (mailto:) or a card (urn:uuid:), not "
                + member.uri(), null);
    }

    /** Who a member is: the contact it links to, or its address. */
    private static String identity(GroupMember member) throws Exception {
        EmailAddress address = member.getAddressInformation();
        if (address.getId() != null && address.getId().getUniqueId() != null) {
            return "id:" + address.getId().getUniqueId();
        }
        return "mailto:" + (address.getAddress() == null ? "" : address.getAddress().toLowerCase(Locale.ROOT));
    }

    /**
     * A list as the card it is.
     *
     * @param clientUid the UID the client gave the card, if it created it; else the item's id
     */
    ContactCard read(ContactGroup group, Optional<String> clientUid, ContactLinks links) throws Exception {
        List<Member> members = new ArrayList<>();
        GroupMemberCollection collection = EventConverter.optional(group::getMembers);
        if (collection != null) {
            for (GroupMember member : collection) {
                EmailAddress address = member.getAddressInformation();
                String name = address.getName() == null ? "" : address.getName();
                Optional<String> uid = address.getId() == null ? Optional.empty()
                        : links.uidOf(address.getId().getUniqueId());
                if (uid.isPresent()) {
                    members.add(new Member(UUID_PREFIX + uid.get(), name));
                } else if (address.getAddress() != null && !address.getAddress().isBlank()) {
                    members.add(new Member("mailto:" + address.getAddress().strip(), name));
                }
            }
        }
        String body = group.getBody() == null ? "" : nonNull(MessageBody.getStringFromMessageBody(group.getBody()));
        String uid = clientUid.isPresent() ? clientUid.get() : group.getId().getUniqueId();
        return new ContactCard(uid, true, nonNull(EventConverter.optional(group::getDisplayName)),
                new PersonName("", "", "", "", ""), "", List.of(), Map.of(), Map.of(), "", "", "",
                Optional.empty(), Optional.empty(), body,
                EventConverter.categories(EventConverter.optional(group::getCategories)), List.of(), Optional.empty(),
                members);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
