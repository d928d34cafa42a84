package org.bridgehead.simulator.ews;

import org.bridgehead.simulator.store.ExtendedPropertyKey;

/** A property named in a request: a schema property (t:FieldURI) or a MAPI property (t:ExtendedFieldURI). */
sealed interface PropertyPath permits PropertyPath.Field, PropertyPath.Extended {

    /** A schema property such as "folder:DisplayName". */
    record Field(String uri) implements PropertyPath {
        boolean is(String other) {
            return uri.equalsIgnoreCase(other);
        }
    }

    /** A MAPI property. */
    record Extended(ExtendedPropertyKey key) implements PropertyPath {
    }
}
