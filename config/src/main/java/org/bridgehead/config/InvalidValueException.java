package org.bridgehead.config;

/**
 * A setting value that does not fit its kind. The message says what was expected
 * ("expected a port number 0-65535"); the caller adds the key, value and origin.
 */
public final class InvalidValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String expectation) {
        super(expectation);
    }
}
