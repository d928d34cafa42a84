package org.bridgehead.caldav.xml;

import java.util.List;
import javax.xml.namespace.QName;

/** The content of one property element in an answer. */
@FunctionalInterface
public interface PropValue {

    void write(XmlWriter xml);

    /** An empty property, e.g. {@code <D:resourcetype/>} of an item. */
    static PropValue empty() {
        return xml -> {
        };
    }

    static PropValue text(String text) {
        return xml -> xml.text(text);
    }

    static PropValue href(String href) {
        return xml -> xml.element(DavNames.HREF, href);
    }

    static PropValue hrefs(List<String> hrefs) {
        return xml -> hrefs.forEach(href -> xml.element(DavNames.HREF, href));
    }

    /** Empty child elements, e.g. {@code <D:collection/><C:calendar/>}. */
    static PropValue elements(List<QName> names) {
        return xml -> names.forEach(xml::empty);
    }

    /** Each name wrapped in a parent, e.g. privileges or supported reports. */
    static PropValue wrapped(QName wrapper, QName inner, List<QName> names) {
        return xml -> names.forEach(name -> xml.start(wrapper).start(inner).empty(name).end().end());
    }
}
