package org.bridgehead.simulator.ews;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.store.ExtendedPropertyKey;
import org.w3c.dom.Element;

/** Reads the t:ExtendedProperty values of a folder element in a request. */
final class ExtendedPropertyValues {
    private ExtendedPropertyValues() {
    }

    static Map<ExtendedPropertyKey, List<String>> read(Element folder) throws SoapFaultException {
        Map<ExtendedPropertyKey, List<String>> result = new LinkedHashMap<>();
        for (Element property : Dom.children(folder, "ExtendedProperty")) {
            ExtendedPropertyKey key = PropertyPaths.extendedKey(Dom.required(property, "ExtendedFieldURI"));
            Optional<Element> many = Dom.child(property, "Values");
            List<String> values = many.isPresent()
                    ? Dom.children(many.get(), "Value").stream().map(Element::getTextContent).toList()
                    : List.of(Dom.required(property, "Value").getTextContent());
            result.put(key, values);
        }
        return result;
    }
}
