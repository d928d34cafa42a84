package org.bridgehead.exchange.directory;

/** How a criterion's text is compared, ignoring case and accents. */
public enum TextMatch {
    /** The whole value equals the text. */
    EXACT,
    /** The value starts with the text. */
    PREFIX,
    /** The value contains the text anywhere. */
    SUBSTRING
}
