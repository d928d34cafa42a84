package org.bridgehead.simulator.ews;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bridgehead.simulator.store.XmlNode;

/**
 * A contact's indexed properties (EmailAddresses, PhoneNumbers, ImAddresses, PhysicalAddresses):
 * containers of t:Entry elements told apart by their Key. An update sets or removes one entry (for
 * a physical address, one part of it), leaving the others.
 */
final class IndexedFields {
    private IndexedFields() {
    }

    /** The container with the update's entries set over the current ones (null: none yet). */
    static XmlNode merge(XmlNode current, XmlNode update) {
        if (current == null) {
            return update;
        }
        List<XmlNode> entries = new ArrayList<>(current.children());
        for (XmlNode entry : update.children("Entry")) {
            String key = entry.attributes().get("Key");
            int at = indexOf(entries, key);
            if (at < 0) {
                entries.add(entry);
            } else if (!entry.children().isEmpty()) {
                XmlNode merged = entries.get(at);
                for (XmlNode part : entry.children()) {
                    merged = merged.withChild(part);
                }
                entries.set(at, merged);
            } else {
                entries.set(at, entry);
            }
        }
        return current.withChildren(entries);
    }

    /**
     * The container without the entry a FieldURI with index names (contacts:EmailAddress:EmailAddress1,
     * contacts:PhysicalAddress:Street:Business); empty when nothing is left.
     */
    static Optional<XmlNode> remove(XmlNode current, String uri) {
        if (current == null) {
            return Optional.empty();
        }
        String[] parts = uri.split(":");
        String key = parts[parts.length - 1];
        String part = parts.length == 4 ? parts[2] : null;
        List<XmlNode> entries = new ArrayList<>(current.children());
        int at = indexOf(entries, key);
        if (at >= 0) {
            if (part == null) {
                entries.remove(at);
            } else {
                XmlNode entry = entries.get(at);
                List<XmlNode> rest = entry.children().stream().filter(c -> !c.name().equals(part)).toList();
                if (rest.isEmpty()) {
                    entries.remove(at);
                } else {
                    entries.set(at, entry.withChildren(rest));
                }
            }
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(current.withChildren(entries));
    }

    private static int indexOf(List<XmlNode> entries, String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (key != null && key.equals(entries.get(i).attributes().get("Key"))) {
                return i;
            }
        }
        return -1;
    }
}
