package org.bridgehead.exchange.ews;

import java.util.UUID;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BodyType;
import microsoft.exchange.webservices.data.core.enumeration.property.MapiPropertyType;
import microsoft.exchange.webservices.data.core.service.ServiceObject;
import microsoft.exchange.webservices.data.property.complex.ExtendedProperty;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;
import microsoft.exchange.webservices.data.property.definition.PropertyDefinitionBase;

/**
 * The named properties the gateway keeps on Exchange items and folders, for what Exchange has no
 * field for: the name a CalDAV/CardDAV client gave a resource, the client's original text (so that
 * properties Exchange cannot hold survive), attachment URLs, a collection's colour and order, and
 * the digest of a contact's picture.
 */
final class PimProperties {

    /** The gateway's own property set, so its names cannot clash with anyone else's. */
    private static final UUID PROPERTY_SET = UUID.fromString("F0FF1010-6A8B-4F47-8F4D-6A7C8C5A7A5B");

    static final ExtendedPropertyDefinition RESOURCE_NAME = define("DavName", MapiPropertyType.String);
    static final ExtendedPropertyDefinition CLIENT_ORIGINAL = define("ClientOriginal", MapiPropertyType.String);
    static final ExtendedPropertyDefinition ATTACHMENT_URLS = define("AttachmentUrls", MapiPropertyType.StringArray);
    static final ExtendedPropertyDefinition COLOR = define("DavColor", MapiPropertyType.String);
    static final ExtendedPropertyDefinition ORDER = define("DavOrder", MapiPropertyType.Integer);
    /** The SHA-256 of the contact picture the gateway last wrote, to tell an unchanged PHOTO without fetching it. */
    static final ExtendedPropertyDefinition PHOTO_DIGEST = define("PhotoDigest", MapiPropertyType.String);

    private PimProperties() {
    }

    /**
     * What an event, task or contact is loaded with to be shown to a DAV client: its fields, the body
     * as text, the resource name and the client's original, and any further properties named.
     */
    static PropertySet itemShape(PropertyDefinitionBase... more) {
        PropertyDefinitionBase[] all = new PropertyDefinitionBase[more.length + 2];
        all[0] = RESOURCE_NAME;
        all[1] = CLIENT_ORIGINAL;
        System.arraycopy(more, 0, all, 2, more.length);
        PropertySet shape = new PropertySet(BasePropertySet.FirstClassProperties, all);
        shape.setRequestedBodyType(BodyType.Text);
        return shape;
    }

    private static ExtendedPropertyDefinition define(String name, MapiPropertyType type) {
        try {
            return new ExtendedPropertyDefinition(PROPERTY_SET, name, type);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The value of a named property the answer carried, or null. */
    static Object value(ServiceObject object, ExtendedPropertyDefinition definition) {
        try {
            var properties = object instanceof microsoft.exchange.webservices.data.core.service.item.Item item
                    ? item.getExtendedProperties()
                    : ((microsoft.exchange.webservices.data.core.service.folder.Folder) object).getExtendedPropertiesForService();
            for (ExtendedProperty property : properties) {
                if (same(property.getPropertyDefinition(), definition)) {
                    return property.getValue();
                }
            }
        } catch (Exception e) {
            return null;
        }
        return null;
    }

    static String string(ServiceObject object, ExtendedPropertyDefinition definition) {
        Object value = value(object, definition);
        return value == null ? null : value.toString();
    }

    private static boolean same(ExtendedPropertyDefinition a, ExtendedPropertyDefinition b) {
        if (b.getTag() != null) {
            return b.getTag().equals(a.getTag());
        }
        return a.getName() != null && a.getName().equals(b.getName()) && a.getPropertySetId() != null
                && a.getPropertySetId().equals(b.getPropertySetId());
    }
}
