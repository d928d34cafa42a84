package org.bridgehead.smtp.submit;

/** The MAIL FROM BODY parameter (RFC 6152); 7BIT when the client does not say. */
public enum BodyType {
    SEVEN_BIT("7BIT"),
    EIGHT_BIT_MIME("8BITMIME");

    private final String keyword;

    BodyType(String keyword) {
        this.keyword = keyword;
    }

    /** The value as written in the BODY parameter. */
    public String keyword() {
        return keyword;
    }
}
