package org.bridgehead.simulator.store;

import java.util.regex.Pattern;

/** The plain text Exchange shows for an HTML-only body: markup removed, common entities decoded. */
final class HtmlText {
    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(head|style|script)[^>]*>.*?</\\1>");
    private static final Pattern BREAKS = Pattern.compile("(?i)<(br|/p|/div|/tr|/li|/h[1-6])[^>]*>");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");

    private HtmlText() {
    }

    static String toText(String html) {
        String text = INVISIBLE.matcher(html).replaceAll("");
        text = BREAKS.matcher(text).replaceAll("\r\n");
        text = TAGS.matcher(text).replaceAll("");
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").trim();
    }
}
