package org.bridgehead.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Folder paths are display names joined with {@code /}, e.g. {@code Inbox/Projects}. A name that
 * itself contains {@code /} or {@code %} has them escaped as {@code %2F} and {@code %25}, so a
 * path always splits back into the original names.
 */
public final class FolderPath {

    public static final char SEPARATOR = '/';

    private FolderPath() {
    }

    /** The path of a folder named {@code name} below {@code parentPath} ("" for top level). */
    public static String child(String parentPath, String name) {
        String escaped = escape(name);
        return parentPath.isEmpty() ? escaped : parentPath + SEPARATOR + escaped;
    }

    /** Escapes one display name for use as a path segment. */
    public static String escape(String name) {
        return name.replace("%", "%25").replace("/", "%2F");
    }

    /** Reverses {@link #escape}. */
    public static String unescape(String segment) {
        return segment.replace("%2F", "/").replace("%2f", "/").replace("%25", "%");
    }

    /** The display names along a path, top level first. */
    public static List<String> names(String path) {
        if (path.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String segment : path.split(String.valueOf(SEPARATOR), -1)) {
            names.add(unescape(segment));
        }
        return List.copyOf(names);
    }
}
