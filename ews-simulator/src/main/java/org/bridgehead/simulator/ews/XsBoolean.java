package org.bridgehead.simulator.ews;

import java.util.Optional;
import org.bridgehead.simulator.soap.SoapFaultException;

/**
 * xs:boolean as XML Schema defines its lexical space: {@code true}, {@code false}, {@code 1} and
 * {@code 0}, with surrounding whitespace collapsed, and nothing else (not {@code True}). Clients
 * differ: ews-java-api writes {@code true}, other EWS clients {@code 1}; Exchange accepts both.
 */
final class XsBoolean {
    private XsBoolean() {
    }

    /** The value, or empty when the text is not an xs:boolean. */
    static Optional<Boolean> parse(String text) {
        return switch (text.strip()) {
            case "true", "1" -> Optional.of(true);
            case "false", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** The value of a schema-typed boolean; anything else fails schema validation, as on Exchange. */
    static boolean read(String text, String name) throws SoapFaultException {
        return parse(text).orElseThrow(() -> Dom.schemaViolation(name + " is not an xs:boolean: " + text));
    }
}
