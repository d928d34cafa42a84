package org.bridgehead.caldav.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.bridgehead.caldav.http.DavException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads a request body into a namespace-aware DOM, refusing DTDs (no entity expansion from clients). */
public final class XmlReader {

    private XmlReader() {
    }

    /** The document element of {@code body}; 400 when it is not well-formed XML. */
    public static Element parse(byte[] body) throws DavException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new ByteArrayInputStream(body));
            return document.getDocumentElement();
        } catch (SAXException e) {
            throw DavException.badRequest("the request body is not well-formed XML: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw DavException.badRequest("the request body cannot be read as XML");
        }
    }

    public static QName name(Element element) {
        String uri = element.getNamespaceURI();
        return new QName(uri == null ? "" : uri, element.getLocalName());
    }

    public static boolean is(Element element, QName name) {
        return name(element).equals(name);
    }

    /** The element children, in order. */
    public static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    public static List<Element> children(Element parent, QName name) {
        return children(parent).stream().filter(child -> is(child, name)).toList();
    }

    public static Optional<Element> child(Element parent, QName name) {
        return children(parent).stream().filter(child -> is(child, name)).findFirst();
    }

    /** The element's text with surrounding white space removed. */
    public static String text(Element element) {
        return element.getTextContent() == null ? "" : element.getTextContent().trim();
    }

    /** An attribute, or the fallback when absent or empty. */
    public static String attribute(Element element, String name, String fallback) {
        String value = element.getAttribute(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
