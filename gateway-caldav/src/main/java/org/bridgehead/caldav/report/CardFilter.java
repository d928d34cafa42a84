package org.bridgehead.caldav.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.ical.Component;
import org.bridgehead.caldav.ical.Property;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.caldav.xml.XmlReader;
import org.bridgehead.exchange.directory.PersonField;
import org.bridgehead.exchange.directory.SearchCriterion;
import org.bridgehead.exchange.directory.TextMatch;
import org.w3c.dom.Element;

/** A CARDDAV:filter (RFC 6352 10.5): prop-filters combined by anyof (default) or allof. */
final class CardFilter {

    private final Element filter;

    CardFilter(Element filter) throws DavException {
        this.filter = filter;
        for (Element text : descendants(filter, DavNames.CARD_TEXT_MATCH)) {
            TextMatcher.of(text);
        }
    }

    boolean matches(Component vcard) throws DavException {
        List<Element> propFilters = XmlReader.children(filter, DavNames.CARD_PROP_FILTER);
        if (propFilters.isEmpty()) {
            return true;
        }
        boolean all = XmlReader.attribute(filter, "test", "anyof").equals("allof");
        for (Element propFilter : propFilters) {
            boolean match = property(vcard, propFilter);
            if (all && !match) {
                return false;
            }
            if (!all && match) {
                return true;
            }
        }
        return all;
    }

    /**
     * What the directory can be asked for: name and address text-matches of an anyof filter (a
     * directory is searched, never listed). Empty when the filter has none, or needs all of several.
     */
    List<SearchCriterion> directoryCriteria() throws DavException {
        List<SearchCriterion> criteria = new ArrayList<>();
        List<Element> propFilters = XmlReader.children(filter, DavNames.CARD_PROP_FILTER);
        if (XmlReader.attribute(filter, "test", "anyof").equals("allof") && propFilters.size() > 1) {
            // allof: any one criterion narrows enough; the vCard filter then checks the rest.
            propFilters = propFilters.subList(0, 1);
        }
        for (Element propFilter : propFilters) {
            String name = XmlReader.attribute(propFilter, "name", "").toUpperCase(Locale.ROOT);
            PersonField field = switch (name) {
                case "FN", "N", "NICKNAME" -> PersonField.NAME;
                case "EMAIL" -> PersonField.EMAIL;
                default -> null;
            };
            if (field == null) {
                continue;
            }
            for (Element text : XmlReader.children(propFilter, DavNames.CARD_TEXT_MATCH)) {
                TextMatcher matcher = TextMatcher.of(text);
                if (matcher.negate() || matcher.text().isBlank()) {
                    continue;
                }
                TextMatch match = switch (matcher.matchType()) {
                    case "equals" -> TextMatch.EXACT;
                    case "starts-with" -> TextMatch.PREFIX;
                    default -> TextMatch.SUBSTRING;
                };
                criteria.add(new SearchCriterion(field, match, matcher.text().trim()));
            }
        }
        return criteria;
    }

    private static boolean property(Component vcard, Element propFilter) throws DavException {
        List<Property> properties = vcard.properties(XmlReader.attribute(propFilter, "name", ""));
        if (XmlReader.child(propFilter, DavNames.CARD_IS_NOT_DEFINED).isPresent()) {
            return properties.isEmpty();
        }
        if (properties.isEmpty()) {
            return false;
        }
        boolean all = XmlReader.attribute(propFilter, "test", "anyof").equals("allof");
        List<Element> tests = new ArrayList<>(XmlReader.children(propFilter, DavNames.CARD_TEXT_MATCH));
        tests.addAll(XmlReader.children(propFilter, DavNames.CARD_PARAM_FILTER));
        if (tests.isEmpty()) {
            return true;
        }
        for (Element test : tests) {
            boolean match = false;
            for (Property property : properties) {
                if (test(property, test)) {
                    match = true;
                    break;
                }
            }
            if (all && !match) {
                return false;
            }
            if (!all && match) {
                return true;
            }
        }
        return all;
    }

    private static boolean test(Property property, Element test) throws DavException {
        if (XmlReader.is(test, DavNames.CARD_TEXT_MATCH)) {
            return TextMatcher.of(test).matches(property.text());
        }
        Optional<String> value = property.param(XmlReader.attribute(test, "name", ""));
        if (XmlReader.child(test, DavNames.CARD_IS_NOT_DEFINED).isPresent()) {
            return value.isEmpty();
        }
        Optional<Element> text = XmlReader.child(test, DavNames.CARD_TEXT_MATCH);
        if (value.isEmpty()) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        TextMatcher matcher = TextMatcher.of(text.get());
        // TYPE=WORK,PREF is one parameter with several values; any one may match.
        for (String part : property.params().get(XmlReader.attribute(test, "name", "").toUpperCase(Locale.ROOT))) {
            if (matcher.matches(part)) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> descendants(Element root, javax.xml.namespace.QName name) {
        List<Element> found = new ArrayList<>();
        for (Element child : XmlReader.children(root)) {
            if (XmlReader.is(child, name)) {
                found.add(child);
            }
            found.addAll(descendants(child, name));
        }
        return found;
    }
}
