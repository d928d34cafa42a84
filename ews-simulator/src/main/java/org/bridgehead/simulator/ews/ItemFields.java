package org.bridgehead.simulator.ews;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.store.ExtendedPropertyKey;
import org.bridgehead.simulator.store.FlagStatus;
import org.bridgehead.simulator.store.Importance;
import org.bridgehead.simulator.store.ItemUpdate;
import org.bridgehead.simulator.store.MapiTags;
import org.w3c.dom.Element;

/**
 * Reads the settable properties of a t:Message in a request (CreateItem's item, UpdateItem's
 * SetItemField value) into an {@link ItemUpdate.Builder}. MAPI properties that mirror item fields
 * (PR_MESSAGE_FLAGS, PR_FLAG_STATUS, PR_MESSAGE_DELIVERY_TIME, PR_IMPORTANCE) change those fields.
 */
final class ItemFields {
    private ItemFields() {
    }

    /**
     * @param existingCategories the item's categories, which t:Categories appends to when {@code append}
     */
    static void read(Element message, ItemUpdate.Builder update, List<String> existingCategories, boolean append)
            throws SoapFaultException {
        for (Element field : Dom.children(message)) {
            String text = field.getTextContent().trim();
            switch (field.getLocalName()) {
                case "IsRead" -> update.read(XsBoolean.read(text, "IsRead"));
                case "Subject" -> update.subject(field.getTextContent());
                case "Importance" -> update.importance(Importance.byEwsName(text)
                        .orElseThrow(() -> Dom.schemaViolation("unknown Importance " + text)));
                case "Flag" -> {
                    String status = Dom.childText(field, "FlagStatus").orElse("NotFlagged");
                    update.flag(FlagStatus.byEwsName(status)
                            .orElseThrow(() -> Dom.schemaViolation("unknown FlagStatus " + status)));
                }
                case "Categories" -> {
                    List<String> categories = new ArrayList<>(append ? existingCategories : List.of());
                    Dom.children(field, "String").forEach(s -> categories.add(s.getTextContent()));
                    update.categories(categories);
                }
                default -> {
                    // other fields are derived from the MIME or not kept by the simulator
                }
            }
        }
        for (Map.Entry<ExtendedPropertyKey, List<String>> e : ExtendedPropertyValues.read(message).entrySet()) {
            setExtended(update, e.getKey(), e.getValue());
        }
    }

    static void setExtended(ItemUpdate.Builder update, ExtendedPropertyKey key, List<String> values)
            throws SoapFaultException {
        Optional<Integer> tag = Optional.ofNullable(key.propertyTag());
        if (tag.isEmpty() || values.size() != 1) {
            update.set(key, values);
            return;
        }
        String value = values.get(0).trim();
        try {
            switch (tag.get()) {
                case MapiTags.PR_MESSAGE_FLAGS -> {
                    long flags = Long.parseLong(value);
                    update.read((flags & MapiTags.MSGFLAG_READ) != 0).draft((flags & MapiTags.MSGFLAG_UNSENT) != 0);
                }
                case MapiTags.PR_FLAG_STATUS -> update.flag(FlagStatus.byMapiValue(Long.parseLong(value)));
                case MapiTags.PR_MESSAGE_DELIVERY_TIME -> update.received(Restrictions.parseInstant(value));
                case MapiTags.PR_IMPORTANCE -> update.importance(
                        Importance.values()[(int) Math.max(0, Math.min(2, Long.parseLong(value)))]);
                default -> {
                    if (!ItemProperties.isComputed(tag.get())) {
                        update.set(key, values);
                    }
                }
            }
        } catch (RuntimeException e) {
            throw Dom.schemaViolation("invalid value for property " + PropertyPaths.formatTag(tag.get()) + ": " + value);
        }
    }

    /** Applies a DeleteItemField. */
    static void delete(PropertyPath path, ItemUpdate.Builder update) {
        if (path instanceof PropertyPath.Extended extended) {
            Integer tag = extended.key().propertyTag();
            if (tag != null && tag == MapiTags.PR_FLAG_STATUS) {
                update.flag(FlagStatus.NOT_FLAGGED);
            } else if (tag == null || !ItemProperties.isComputed(tag)) {
                update.remove(extended.key());
            }
            return;
        }
        PropertyPath.Field field = (PropertyPath.Field) path;
        if (field.is("item:Categories")) {
            update.categories(List.of());
        } else if (field.is("item:Flag")) {
            update.flag(FlagStatus.NOT_FLAGGED);
        }
    }
}
