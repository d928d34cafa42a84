package org.bridgehead.simulator.ews;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading request elements. Children are matched by local name only: EWS requests always use the
 * messages and types namespaces in their one schema-given place, and clients differ in prefixes.
 */
final class Dom {
    private Dom() {
    }

    static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    static List<Element> children(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
    }

    static Optional<Element> child(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).findFirst();
    }

    /** The trimmed text of a child element, if the child exists. */
    static Optional<String> childText(Element parent, String localName) {
        return child(parent, localName).map(e -> e.getTextContent().trim());
    }

    /** An attribute's value, or empty when absent (DOM gives "" for absent attributes). */
    static Optional<String> attribute(Element element, String name) {
        return element.hasAttribute(name) ? Optional.of(element.getAttribute(name)) : Optional.empty();
    }

    /** A child element of type xs:boolean; {@code absent} when the request leaves it out. */
    static boolean booleanChild(Element parent, String localName, boolean absent) throws SoapFaultException {
        Optional<String> text = childText(parent, localName);
        return text.isPresent() ? XsBoolean.read(text.get(), localName) : absent;
    }

    /** An attribute of type xs:boolean; {@code absent} when the request leaves it out. */
    static boolean booleanAttribute(Element element, String name, boolean absent) throws SoapFaultException {
        Optional<String> text = attribute(element, name);
        return text.isPresent() ? XsBoolean.read(text.get(), name) : absent;
    }

    /** An attribute the schema restricts to {@code allowed}; {@code absent} when the request omits it. */
    static String choiceAttribute(Element element, String name, String absent, List<String> allowed)
            throws SoapFaultException {
        String value = attribute(element, name).orElse(absent);
        if (!allowed.contains(value)) {
            throw schemaViolation("unknown " + name + " " + value);
        }
        return value;
    }

    /** A child the schema requires; a request without it fails schema validation, as on Exchange. */
    static Element required(Element parent, String localName) throws SoapFaultException {
        return child(parent, localName).orElseThrow(() -> schemaViolation(
                parent.getLocalName() + " requires " + localName));
    }

    static SoapFaultException schemaViolation(String detail) {
        return new SoapFaultException("a:ErrorSchemaValidation", "ErrorSchemaValidation",
                "The request failed schema validation: " + detail);
    }
}
