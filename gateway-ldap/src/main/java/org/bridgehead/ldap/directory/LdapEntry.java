package org.bridgehead.ldap.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entry as the directory serves it: a DN and attributes by canonical name (see
 * {@link LdapSchema}), values being strings or, for binary attributes, byte arrays.
 */
public final class LdapEntry {
    private final String dn;
    private final Map<String, List<Object>> attributes = new LinkedHashMap<>();

    public LdapEntry(String dn) {
        this.dn = dn;
    }

    public String dn() {
        return dn;
    }

    /** Adds values to an attribute, skipping nulls and blanks; an attribute without values is left out. */
    public LdapEntry add(String name, Object... values) {
        for (Object value : values) {
            if (value == null || value instanceof String s && s.isBlank()) {
                continue;
            }
            List<Object> list = attributes.computeIfAbsent(name, n -> new ArrayList<>());
            if (!list.contains(value)) {
                list.add(value);
            }
        }
        return this;
    }

    public LdapEntry addAll(String name, List<?> values) {
        return add(name, values.toArray());
    }

    /** The values of an attribute by name (ignoring case); empty if absent. */
    public List<Object> values(String name) {
        for (Map.Entry<String, List<Object>> attribute : attributes.entrySet()) {
            if (attribute.getKey().equalsIgnoreCase(name)) {
                return Collections.unmodifiableList(attribute.getValue());
            }
        }
        return List.of();
    }

    public boolean has(String name) {
        return !values(name).isEmpty();
    }

    /** Attribute names in insertion order. */
    public List<String> names() {
        return List.copyOf(attributes.keySet());
    }
}
