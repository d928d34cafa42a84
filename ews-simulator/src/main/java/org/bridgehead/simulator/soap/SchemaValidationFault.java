package org.bridgehead.simulator.soap;

/**
 * A request that is not well-formed XML; Exchange answers ErrorSchemaValidation and tells
 * where the parser stopped.
 */
public final class SchemaValidationFault extends SoapFaultException {
    private final int lineNumber;
    private final int linePosition;
    private final String violation;

    public SchemaValidationFault(int lineNumber, int linePosition, String violation) {
        super("a:ErrorSchemaValidation", "ErrorSchemaValidation",
                "The request failed schema validation: " + violation);
        this.lineNumber = lineNumber;
        this.linePosition = linePosition;
        this.violation = violation;
    }

    public int lineNumber() {
        return lineNumber;
    }

    public int linePosition() {
        return linePosition;
    }

    public String violation() {
        return violation;
    }
}
