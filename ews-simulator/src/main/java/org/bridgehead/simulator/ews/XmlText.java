package org.bridgehead.simulator.ews;

/** Escaping for text placed inside generated HTML. */
final class XmlText {
    private XmlText() {
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
