package org.bridgehead.simulator.soap;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Namespace-aware DOM parsing of untrusted request bodies: no DTDs, no external entities or
 * schemas, so a request cannot make the simulator read files or expand entity bombs.
 */
public final class SecureXml {
    private static final ErrorHandler FAIL_SILENTLY = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a request invalid
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private final DocumentBuilderFactory factory;

    public SecureXml() {
        factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    }

    /** Parses a complete document; a body that is not well-formed XML throws SAXParseException. */
    public Document parse(byte[] body) throws SAXException {
        DocumentBuilder builder;
        synchronized (factory) { // factories are not guaranteed thread-safe; builders are per call
            try {
                builder = factory.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("cannot create an XML parser", e);
            }
        }
        builder.setErrorHandler(FAIL_SILENTLY);
        try {
            return builder.parse(new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory array failed", e);
        }
    }
}
