package org.bridgehead.simulator.ews;

import java.util.Locale;
import java.util.Optional;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.store.ExtendedPropertyKey;
import org.w3c.dom.Element;

/** Parses t:FieldURI, t:IndexedFieldURI and t:ExtendedFieldURI elements. */
final class PropertyPaths {
    private PropertyPaths() {
    }

    /** The path an element names, or empty if the element is not a property path. */
    static Optional<PropertyPath> parse(Element element) throws SoapFaultException {
        return switch (element.getLocalName()) {
            case "FieldURI" -> Optional.of(new PropertyPath.Field(element.getAttribute("FieldURI")));
            case "IndexedFieldURI" -> Optional.of(new PropertyPath.Field(
                    element.getAttribute("FieldURI") + ":" + element.getAttribute("FieldIndex")));
            case "ExtendedFieldURI" -> Optional.of(new PropertyPath.Extended(extendedKey(element)));
            default -> Optional.empty();
        };
    }

    /** The first property path among an element's children (as in t:SetFolderField or t:IsEqualTo). */
    static Optional<PropertyPath> firstChild(Element parent) throws SoapFaultException {
        for (Element child : Dom.children(parent)) {
            Optional<PropertyPath> path = parse(child);
            if (path.isPresent()) {
                return path;
            }
        }
        return Optional.empty();
    }

    static ExtendedPropertyKey extendedKey(Element e) throws SoapFaultException {
        String type = Dom.attribute(e, "PropertyType").orElseThrow(() -> invalid("PropertyType is required"));
        Integer tag = number(e, "PropertyTag");
        String setId = Dom.attribute(e, "PropertySetId").orElse(null);
        String distinguishedSet = Dom.attribute(e, "DistinguishedPropertySetId").orElse(null);
        String name = Dom.attribute(e, "PropertyName").orElse(null);
        Integer id = number(e, "PropertyId");
        boolean named = setId != null || distinguishedSet != null;
        if (tag == null && !(named && (name != null || id != null))) {
            throw invalid("an extended property needs PropertyTag, or a property set with PropertyName or PropertyId");
        }
        if (tag != null && tag > 0xFFFF) {
            tag = tag >>> 16; // a full property tag (id and type): keep the id, as the type is given separately
        }
        return new ExtendedPropertyKey(tag, setId, distinguishedSet, name, id, type);
    }

    /** Formats a tag as Exchange echoes it: "0x" and lower-case hex digits. */
    static String formatTag(int tag) {
        return "0x" + Integer.toHexString(tag);
    }

    private static Integer number(Element e, String attribute) throws SoapFaultException {
        Optional<String> value = Dom.attribute(e, attribute);
        if (value.isEmpty()) {
            return null;
        }
        String v = value.get().trim().toLowerCase(Locale.ROOT);
        try {
            return v.startsWith("0x") ? (int) Long.parseLong(v.substring(2), 16) : Integer.parseInt(v);
        } catch (NumberFormatException ex) {
            throw invalid(attribute + " is not a number: " + value.get());
        }
    }

    private static SoapFaultException invalid(String detail) {
        return Dom.schemaViolation(detail);
    }
}
