package org.bridgehead.caldav.property;

import static org.bridgehead.caldav.xml.DavNames.*;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.bridgehead.caldav.xml.PropValue;
import org.bridgehead.exchange.pim.CollectionKind;

/** Properties of one calendar object or vCard. */
public final class ItemProperties {

    /** Left out of allprop, and worth fetching item bodies for only when asked. */
    public static final List<QName> CONTENT = List.of(CALENDAR_DATA, ADDRESS_DATA, GETCONTENTLENGTH);

    private ItemProperties() {
    }

    /**
     * @param etag the item's version, unquoted
     * @param body the item's iCalendar or vCard as the client should see it, or null if not fetched
     */
    public static Map<QName, PropValue> of(String etag, CollectionKind kind, String body) {
        Map<QName, PropValue> props = new LinkedHashMap<>();
        props.put(RESOURCETYPE, PropValue.empty());
        props.put(GETETAG, PropValue.text(quoted(etag)));
        props.put(GETCONTENTTYPE, PropValue.text(contentType(kind)));
        if (body != null) {
            props.put(kind == CollectionKind.CONTACTS ? ADDRESS_DATA : CALENDAR_DATA, PropValue.text(body));
            props.put(GETCONTENTLENGTH,
                    PropValue.text(Integer.toString(body.getBytes(StandardCharsets.UTF_8).length)));
        }
        return props;
    }

    /** Whether answering needs the items' content. */
    public static boolean needsBody(PropRequest request) {
        return CONTENT.stream().anyMatch(request::asks);
    }

    public static String contentType(CollectionKind kind) {
        return kind == CollectionKind.CONTACTS ? "text/vcard; charset=utf-8" : "text/calendar; charset=utf-8";
    }

    /** A strong ETag as HTTP writes it. */
    public static String quoted(String etag) {
        return "\"" + etag.replace("\"", "") + "\"";
    }
}
