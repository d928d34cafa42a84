package org.bridgehead.simulator.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable element tree: how the store keeps the structured properties of calendar items,
 * tasks and contacts (an attendee list, a recurrence pattern, a contact's addresses) as a client
 * gave them, so they are written back element for element.
 *
 * @param name       the element's local name in the EWS types namespace
 * @param attributes attributes in order
 * @param text       the text content of a leaf, or null for an element with children
 * @param children   child elements in order
 */
public record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children) {

    public XmlNode {
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        children = List.copyOf(children);
    }

    /** A leaf element holding text. */
    public static XmlNode leaf(String name, String text) {
        return new XmlNode(name, Map.of(), text, List.of());
    }

    /** An element with children and no attributes. */
    public static XmlNode of(String name, List<XmlNode> children) {
        return new XmlNode(name, Map.of(), null, children);
    }

    public Optional<XmlNode> child(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).findFirst();
    }

    public List<XmlNode> children(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).toList();
    }

    /** The text of a child leaf, if there is one. */
    public Optional<String> childText(String localName) {
        return child(localName).map(XmlNode::text);
    }

    /** The text of a leaf, or "" for an element with children. */
    public String textOrEmpty() {
        return text == null ? "" : text;
    }

    public XmlNode withText(String newText) {
        return new XmlNode(name, attributes, newText, List.of());
    }

    public XmlNode withChildren(List<XmlNode> newChildren) {
        return new XmlNode(name, attributes, null, newChildren);
    }

    /** A copy with a child replaced (or added at the end) by name. */
    public XmlNode withChild(XmlNode replacement) {
        List<XmlNode> result = new ArrayList<>(children);
        int at = -1;
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).name.equals(replacement.name)) {
                at = i;
                break;
            }
        }
        if (at >= 0) {
            result.set(at, replacement);
        } else {
            result.add(replacement);
        }
        return withChildren(result);
    }

    /** The size of the element written as XML, roughly: what Exchange's Size property grows with. */
    public int approximateSize() {
        int size = 2 * name.length() + 5 + (text == null ? 0 : text.length());
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            size += a.getKey().length() + a.getValue().length() + 4;
        }
        for (XmlNode c : children) {
            size += c.approximateSize();
        }
        return size;
    }
}
