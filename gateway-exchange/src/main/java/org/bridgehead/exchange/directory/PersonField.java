package org.bridgehead.exchange.directory;

/** What part of a person a {@link SearchCriterion} looks at. */
public enum PersonField {
    /** Display name, first name, last name or nickname. */
    NAME,
    /** Any of the person's e-mail addresses. */
    EMAIL
}
