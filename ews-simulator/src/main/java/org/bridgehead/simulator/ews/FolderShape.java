package org.bridgehead.simulator.ews;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.w3c.dom.Element;

/**
 * The properties a response includes for each folder (m:FolderShape).
 *
 * @param baseShape  IdOnly, Default or AllProperties
 * @param additional t:AdditionalProperties, in request order
 */
record FolderShape(BaseShape baseShape, List<PropertyPath> additional) {

    /** t:BaseShape values. */
    enum BaseShape {
        ID_ONLY,
        DEFAULT,
        ALL_PROPERTIES
    }

    static final FolderShape ID_ONLY = new FolderShape(BaseShape.ID_ONLY, List.of());

    FolderShape {
        additional = List.copyOf(additional);
    }

    /** Reads a shape element (m:FolderShape); a missing one means IdOnly. */
    static FolderShape read(Optional<Element> shapeElement) throws SoapFaultException {
        if (shapeElement.isEmpty()) {
            return ID_ONLY;
        }
        Element shape = shapeElement.get();
        String base = Dom.childText(shape, "BaseShape").orElse("IdOnly");
        BaseShape baseShape = switch (base) {
            case "IdOnly" -> BaseShape.ID_ONLY;
            case "Default" -> BaseShape.DEFAULT;
            case "AllProperties" -> BaseShape.ALL_PROPERTIES;
            default -> throw Dom.schemaViolation("unknown BaseShape " + base);
        };
        List<PropertyPath> additional = new ArrayList<>();
        Optional<Element> extra = Dom.child(shape, "AdditionalProperties");
        if (extra.isPresent()) {
            for (Element e : Dom.children(extra.get())) {
                PropertyPaths.parse(e).ifPresent(additional::add);
            }
        }
        return new FolderShape(baseShape, additional);
    }
}
