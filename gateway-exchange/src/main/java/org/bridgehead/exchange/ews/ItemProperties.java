package org.bridgehead.exchange.ews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.DefaultExtendedPropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.MapiPropertyType;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.schema.EmailMessageSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.misc.OutParam;
import microsoft.exchange.webservices.data.property.complex.StringList;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;
import microsoft.exchange.webservices.data.property.definition.PropertyDefinition;

/** The item properties the mail backend reads and writes, and safe ways to read them. */
final class ItemProperties {

    /** PR_INTERNET_ARTICLE_NUMBER: the IMAP UID Exchange assigns when an item enters a folder. */
    static final ExtendedPropertyDefinition ARTICLE_NUMBER = tag(0x0E23, MapiPropertyType.Integer);
    /** PR_FLAG_STATUS: 2 = flagged for follow-up; 0, 1 or absent = not flagged. */
    static final ExtendedPropertyDefinition FLAG_STATUS = tag(0x1090, MapiPropertyType.Integer);
    /** PR_LAST_VERB_EXECUTED: 102 replied, 103 replied to all, 104 forwarded. */
    static final ExtendedPropertyDefinition LAST_VERB = tag(0x1081, MapiPropertyType.Integer);
    /** PR_LAST_VERB_EXECUTION_TIME. */
    static final ExtendedPropertyDefinition LAST_VERB_TIME = tag(0x1082, MapiPropertyType.SystemTime);
    /** PR_MESSAGE_FLAGS; settable only at creation, where MSGFLAG_UNSENT makes a draft. */
    static final ExtendedPropertyDefinition MESSAGE_FLAGS = tag(0x0E07, MapiPropertyType.Integer);
    /**
     * PR_TRANSPORT_MESSAGE_HEADERS: the header block of a message as it arrived over SMTP. Exchange
     * keeps it for received mail only; sent, appended and draft items lack it.
     */
    static final ExtendedPropertyDefinition TRANSPORT_HEADERS = tag(0x007D, MapiPropertyType.String);
    /** PR_MESSAGE_DELIVERY_TIME: the item's DateTimeReceived, i.e. the IMAP internal date. */
    static final ExtendedPropertyDefinition DELIVERY_TIME = tag(0x0E06, MapiPropertyType.SystemTime);
    /**
     * A random token stamped on each appended item, so that after an ambiguous failure (a timeout,
     * a dropped connection) the gateway can tell whether the item was created before creating it again.
     */
    static final ExtendedPropertyDefinition APPEND_TOKEN = named("BridgeheadAppendToken");

    static final int MSGFLAG_READ = 0x1;
    static final int MSGFLAG_UNSENT = 0x8;

    private ItemProperties() {
    }

    /** What the folder index needs of each item; ids come with their change keys. */
    static PropertySet indexShape() {
        return new PropertySet(BasePropertySet.IdOnly, ARTICLE_NUMBER, EmailMessageSchema.IsRead, FLAG_STATUS,
                LAST_VERB, ItemSchema.Categories, ItemSchema.IsDraft, ItemSchema.Size, ItemSchema.DateTimeReceived);
    }

    /** Ids and UIDs only. */
    static PropertySet uidShape() {
        return new PropertySet(BasePropertySet.IdOnly, ARTICLE_NUMBER);
    }

    /** Ids and the header block, where Exchange has one. */
    static PropertySet headerShape() {
        return new PropertySet(BasePropertySet.IdOnly, TRANSPORT_HEADERS);
    }

    /** Ids and the full MIME content. */
    static PropertySet mimeShape() {
        return new PropertySet(BasePropertySet.IdOnly, ItemSchema.MimeContent);
    }

    static OptionalLong articleNumber(Item item) throws Exception {
        Optional<Integer> value = extended(item, ARTICLE_NUMBER, Integer.class);
        return value.map(v -> OptionalLong.of(Integer.toUnsignedLong(v))).orElseGet(OptionalLong::empty);
    }

    static int integer(Item item, ExtendedPropertyDefinition definition) throws Exception {
        return extended(item, definition, Integer.class).orElse(0);
    }

    static boolean flag(Item item, PropertyDefinition definition) throws Exception {
        return property(item, definition, Boolean.class).orElse(false);
    }

    static long size(Item item) throws Exception {
        return property(item, ItemSchema.Size, Integer.class).orElse(0);
    }

    static Optional<Instant> received(Item item) throws Exception {
        return property(item, ItemSchema.DateTimeReceived, Date.class).map(Date::toInstant);
    }

    static List<String> categories(Item item) throws Exception {
        List<String> names = new ArrayList<>();
        property(item, ItemSchema.Categories, StringList.class).ifPresent(list -> list.forEach(names::add));
        return List.copyOf(names);
    }

    /** A property the server may leave out (Exchange omits empty categories, for one). */
    static <T> Optional<T> property(Item item, PropertyDefinition definition, Class<T> type) throws Exception {
        OutParam<T> value = new OutParam<>();
        return item.getPropertyBag().tryGetPropertyType(type, definition, value)
                ? Optional.ofNullable(value.getParam()) : Optional.empty();
    }

    static <T> Optional<T> extended(Item item, ExtendedPropertyDefinition definition, Class<T> type)
            throws Exception {
        OutParam<T> value = new OutParam<>();
        return item.getExtendedProperties().tryGetValue(type, definition, value)
                ? Optional.ofNullable(value.getParam()) : Optional.empty();
    }

    private static ExtendedPropertyDefinition tag(int tag, MapiPropertyType type) {
        try {
            return new ExtendedPropertyDefinition(tag, type);
        } catch (Exception e) {
            throw new IllegalStateException("Invalid property tag " + tag, e);
        }
    }

    private static ExtendedPropertyDefinition named(String name) {
        try {
            return new ExtendedPropertyDefinition(DefaultExtendedPropertySet.PublicStrings, name,
                    MapiPropertyType.String);
        } catch (Exception e) {
            throw new IllegalStateException("Invalid property name " + name, e);
        }
    }
}
