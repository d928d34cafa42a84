package org.bridgehead.simulator.ews;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bridgehead.simulator.store.EmailAddress;
import org.bridgehead.simulator.store.ExtendedPropertyKey;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.MapiTags;
import org.bridgehead.simulator.store.MimeParser;

/**
 * The value of an item property as restrictions and sort orders read it: schema fields, the MAPI
 * properties Exchange computes for every message, and extended properties clients set. Values are
 * String, Long, Boolean, Instant or a List of those (recipients: names and addresses).
 */
final class ItemProperties {
    static final String ITEM_CLASS = "IPM.Note";
    private static final String HEADER_PREFIX = "item:internetmessageheader:";
    private static final String APPOINTMENT_SET = "00062002-0000-0000-c000-000000000046";
    private static final int PID_LID_RECURRING = 0x8223;

    private ItemProperties() {
    }

    static Optional<Object> value(ItemState item, PropertyPath path) {
        if (path instanceof PropertyPath.Field field) {
            return field(item, field.uri());
        }
        return extended(item, ((PropertyPath.Extended) path).key());
    }

    static Optional<Object> field(ItemState item, String uri) {
        String name = uri.toLowerCase(Locale.ROOT);
        if (name.startsWith(HEADER_PREFIX)) {
            String header = name.substring(HEADER_PREFIX.length());
            List<Object> values = item.summary().headers().stream()
                    .filter(h -> h.name().equalsIgnoreCase(header)).map(h -> (Object) h.value()).toList();
            return values.isEmpty() ? Optional.empty() : Optional.of(values);
        }
        if (!item.isMessage()) {
            return PimProperties.field(item, uri);
        }
        return Optional.ofNullable(switch (name) {
            case "item:subject" -> item.subject();
            case "item:itemclass" -> item.pim() != null ? item.pim().itemClass() : ITEM_CLASS;
            case "item:datetimereceived" -> item.received();
            case "item:datetimesent" -> item.summary().dateSent();
            case "item:datetimecreated" -> item.created();
            case "item:lastmodifiedtime" -> item.lastModified();
            case "item:size" -> item.size();
            case "item:body" -> MimeParser.body(item.mime(), false).content();
            case "item:categories" -> item.categories().isEmpty() ? null : List.copyOf(item.categories());
            case "item:importance" -> item.importance().ewsName();
            case "item:hasattachments" -> item.summary().hasAttachments();
            case "item:isdraft" -> item.draft();
            case "item:inreplyto" -> item.summary().inReplyTo();
            case "message:isread" -> item.read();
            case "message:from" -> addresses(item.summary().from() == null ? List.of() : List.of(item.summary().from()));
            case "message:sender" ->
                    addresses(item.summary().sender() == null ? List.of() : List.of(item.summary().sender()));
            case "message:torecipients" -> addresses(item.summary().to());
            case "message:ccrecipients" -> addresses(item.summary().cc());
            case "message:bccrecipients" -> addresses(item.summary().bcc());
            case "message:internetmessageid" -> item.summary().messageId();
            case "message:references" -> item.summary().references();
            case "message:conversationtopic", "item:conversationtopic" -> item.summary().conversationTopic();
            default -> null;
        });
    }

    static Optional<Object> extended(ItemState item, ExtendedPropertyKey key) {
        if (isRecurringFlag(key) && item.pim() != null && "CalendarItem".equals(item.pim().type())) {
            // PidLidRecurring: the store keeps it on every calendar object, true on a series' master.
            return Optional.of("RecurringMaster".equals(item.pim().text("CalendarItemType").orElse("")));
        }
        if (key.isTag()) {
            Object computed = computed(item, key.propertyTag());
            if (computed != null) {
                return Optional.of(computed);
            }
        }
        List<String> values = item.extendedProperties().get(key);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(values.size() == 1 && !key.propertyType().endsWith("Array")
                ? FolderProperties.typed(values.get(0), key.propertyType()) : values);
    }

    /** PidLidRecurring (MS-OXOCAL), named by the Appointment set's name or its GUID. */
    private static boolean isRecurringFlag(ExtendedPropertyKey key) {
        boolean appointmentSet = "Appointment".equals(key.distinguishedSet())
                || APPOINTMENT_SET.equals(key.propertySetId());
        return appointmentSet && Integer.valueOf(PID_LID_RECURRING).equals(key.propertyId());
    }

    /** The tags the store derives; a client cannot set them except as the item's own fields. */
    static boolean isComputed(int tag) {
        return tag == MapiTags.PR_MESSAGE_SIZE || tag == MapiTags.PR_INTERNET_ARTICLE_NUMBER
                || tag == MapiTags.PR_MESSAGE_CLASS || tag == MapiTags.PR_INTERNET_MESSAGE_ID
                || tag == MapiTags.PR_CREATION_TIME || tag == MapiTags.PR_LAST_MODIFICATION_TIME
                || tag == MapiTags.PR_TRANSPORT_MESSAGE_HEADERS || tag == MapiTags.PR_CLIENT_SUBMIT_TIME;
    }

    private static Object computed(ItemState item, int tag) {
        return switch (tag) {
            case MapiTags.PR_MESSAGE_DELIVERY_TIME -> item.received();
            case MapiTags.PR_MESSAGE_FLAGS -> (long) item.messageFlags();
            case MapiTags.PR_MESSAGE_SIZE -> item.size();
            case MapiTags.PR_INTERNET_ARTICLE_NUMBER -> item.articleNumber();
            case MapiTags.PR_FLAG_STATUS -> item.flag().mapiValue() == 0 ? null : (long) item.flag().mapiValue();
            case MapiTags.PR_SUBJECT -> item.subject();
            case MapiTags.PR_MESSAGE_CLASS -> item.pim() != null ? item.pim().itemClass() : ITEM_CLASS;
            case MapiTags.PR_IMPORTANCE -> (long) item.importance().mapiValue();
            case MapiTags.PR_INTERNET_MESSAGE_ID -> item.summary().messageId();
            case MapiTags.PR_CREATION_TIME -> item.created();
            case MapiTags.PR_LAST_MODIFICATION_TIME -> item.lastModified();
            case MapiTags.PR_CLIENT_SUBMIT_TIME -> item.summary().dateSent();
            case MapiTags.PR_TRANSPORT_MESSAGE_HEADERS -> item.transportHeaders();
            default -> null;
        };
    }

    private static List<Object> addresses(List<EmailAddress> mailboxes) {
        List<Object> result = new ArrayList<>();
        for (EmailAddress a : mailboxes) {
            if (a.name() != null) {
                result.add(a.name());
            }
            result.add(a.address());
        }
        return result.isEmpty() ? null : result;
    }

    /** A stable conversation id from the conversation topic, as base64 like Exchange's. */
    static String conversationId(ItemState item) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest(item.summary().conversationTopic().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
