package org.bridgehead.simulator.store;

import java.util.Locale;

/**
 * Names one MAPI extended property as EWS addresses it (t:ExtendedFieldURI): either a property
 * tag, or a property set (a GUID or a distinguished set name such as PublicStrings) with a name
 * or a numeric id. Fields not used are null.
 *
 * @param propertyTag      the tag's property id, e.g. 0x3613, or null
 * @param propertySetId    a property set GUID (lower case), or null
 * @param distinguishedSet a distinguished property set name, e.g. "PublicStrings", or null
 * @param propertyName     a named property's name, or null
 * @param propertyId       a named property's numeric id, or null
 * @param propertyType     the MAPI type name, e.g. "String", "Integer", "SystemTime"
 */
public record ExtendedPropertyKey(Integer propertyTag, String propertySetId, String distinguishedSet,
                                  String propertyName, Integer propertyId, String propertyType) {

    public ExtendedPropertyKey {
        if (propertySetId != null) {
            propertySetId = propertySetId.toLowerCase(Locale.ROOT);
        }
    }

    public static ExtendedPropertyKey tag(int propertyTag, String propertyType) {
        return new ExtendedPropertyKey(propertyTag, null, null, null, null, propertyType);
    }

    public boolean isTag() {
        return propertyTag != null;
    }
}
