package org.bridgehead.simulator.ews;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.w3c.dom.Element;

/**
 * The properties a response includes for each item (m:ItemShape).
 *
 * @param baseShape          IdOnly, Default or AllProperties
 * @param includeMimeContent whether t:MimeContent is written
 * @param bodyType           Best, Text or HTML
 * @param additional         t:AdditionalProperties, in request order
 */
record ItemShape(FolderShape.BaseShape baseShape, boolean includeMimeContent, String bodyType,
                 List<PropertyPath> additional) {

    static final ItemShape ID_ONLY = new ItemShape(FolderShape.BaseShape.ID_ONLY, false, "Best", List.of());

    ItemShape {
        additional = List.copyOf(additional);
    }

    /** Reads m:ItemShape; a missing one means IdOnly. */
    static ItemShape read(Optional<Element> shapeElement) throws SoapFaultException {
        if (shapeElement.isEmpty()) {
            return ID_ONLY;
        }
        Element shape = shapeElement.get();
        String base = Dom.childText(shape, "BaseShape").orElse("IdOnly");
        FolderShape.BaseShape baseShape = switch (base) {
            case "IdOnly" -> FolderShape.BaseShape.ID_ONLY;
            case "Default" -> FolderShape.BaseShape.DEFAULT;
            case "AllProperties" -> FolderShape.BaseShape.ALL_PROPERTIES;
            default -> throw Dom.schemaViolation("unknown BaseShape " + base);
        };
        boolean mime = Dom.booleanChild(shape, "IncludeMimeContent", false);
        String bodyType = Dom.childText(shape, "BodyType").orElse("Best");
        if (!List.of("Best", "Text", "HTML").contains(bodyType)) {
            throw Dom.schemaViolation("unknown BodyType " + bodyType);
        }
        List<PropertyPath> additional = new ArrayList<>();
        Optional<Element> extra = Dom.child(shape, "AdditionalProperties");
        if (extra.isPresent()) {
            for (Element e : Dom.children(extra.get())) {
                PropertyPaths.parse(e).ifPresent(additional::add);
            }
        }
        return new ItemShape(baseShape, mime, bodyType, additional);
    }
}
