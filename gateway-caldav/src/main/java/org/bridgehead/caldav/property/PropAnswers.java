package org.bridgehead.caldav.property;

import java.util.Map;
import javax.xml.namespace.QName;
import org.bridgehead.caldav.xml.Multistatus;
import org.bridgehead.caldav.xml.PropValue;
import org.bridgehead.exchange.pim.CollectionKind;

/** Adds a resource's answer to a multistatus: what was asked and found, and what was asked and is not there. */
public final class PropAnswers {

    private PropAnswers() {
    }

    public static void add(Multistatus answer, String href, PropRequest props, Map<QName, PropValue> available) {
        PropRequest.Answer result = props.answer(available, ItemProperties.CONTENT);
        answer.response(href, result.found(), result.missing());
    }

    public static void item(Multistatus answer, String href, PropRequest props, String etag, CollectionKind kind,
            String body) {
        add(answer, href, props, ItemProperties.of(etag, kind, body));
    }
}
