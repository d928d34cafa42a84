package org.bridgehead.simulator.ews;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bridgehead.simulator.store.ExtendedPropertyKey;
import org.bridgehead.simulator.store.FolderKind;
import org.bridgehead.simulator.store.FolderState;

/**
 * The value of a folder property as clients read it: schema fields, the MAPI properties Exchange
 * computes for every folder, and extended properties clients set. Values are String, Long,
 * Boolean or Instant.
 */
final class FolderProperties {
    static final int PR_MESSAGE_SIZE_EXTENDED = 0x0E08;
    static final int PR_ATTR_HIDDEN = 0x10F4;
    static final int PR_DISPLAY_NAME = 0x3001;
    static final int PR_LAST_MODIFICATION_TIME = 0x3008;
    static final int PR_CONTENT_COUNT = 0x3602;
    static final int PR_CONTENT_UNREAD = 0x3603;
    static final int PR_SUBFOLDERS = 0x360A;
    static final int PR_CONTAINER_CLASS = 0x3613;
    static final int PR_LOCAL_COMMIT_TIME_MAX = 0x670A;
    static final int PR_ARTICLE_NUM_NEXT = 0x6751;

    private FolderProperties() {
    }

    static Optional<Object> value(FolderState folder, PropertyPath path) {
        if (path instanceof PropertyPath.Field field) {
            return field(folder, field.uri());
        }
        return extended(folder, ((PropertyPath.Extended) path).key());
    }

    static Optional<Object> field(FolderState folder, String uri) {
        return Optional.ofNullable(switch (uri.toLowerCase(Locale.ROOT)) {
            case "folder:displayname" -> folder.displayName();
            case "folder:folderclass" -> folder.folderClass();
            case "folder:totalcount" -> (long) folder.totalCount();
            case "folder:childfoldercount" -> (long) folder.childFolderCount();
            case "folder:unreadcount" -> hasUnreadCount(folder.kind()) ? (long) folder.unreadCount() : null;
            default -> null;
        });
    }

    static Optional<Object> extended(FolderState folder, ExtendedPropertyKey key) {
        if (key.isTag()) {
            Object computed = computed(folder, key.propertyTag());
            if (computed != null) {
                return Optional.of(computed);
            }
        }
        List<String> values = folder.extendedProperties().get(key);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(values.size() == 1 && !key.propertyType().endsWith("Array")
                ? typed(values.get(0), key.propertyType()) : values);
    }

    /** Whether the folder's EWS type (FolderType, TasksFolderType, SearchFolderType) has UnreadCount. */
    static boolean hasUnreadCount(FolderKind kind) {
        return kind != FolderKind.CALENDAR && kind != FolderKind.CONTACTS;
    }

    /** The text form of a value as EWS writes it in t:Value. */
    static String text(Object value) {
        if (value instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        return String.valueOf(value);
    }

    private static Object computed(FolderState folder, int tag) {
        return switch (tag) {
            case PR_DISPLAY_NAME -> folder.displayName();
            case PR_CONTAINER_CLASS -> folder.folderClass();
            case PR_CONTENT_COUNT -> (long) folder.totalCount();
            case PR_CONTENT_UNREAD -> (long) folder.unreadCount();
            case PR_SUBFOLDERS -> folder.childFolderCount() > 0;
            case PR_LOCAL_COMMIT_TIME_MAX -> folder.lastContentChange();
            case PR_ARTICLE_NUM_NEXT -> folder.nextArticleNumber();
            case PR_LAST_MODIFICATION_TIME -> folder.lastModified();
            case PR_MESSAGE_SIZE_EXTENDED -> folder.contentSize();
            case PR_ATTR_HIDDEN -> false;
            default -> null;
        };
    }

    /** A stored text value in the Java type of its MAPI type, so restrictions compare it properly. */
    static Object typed(String text, String propertyType) {
        try {
            return switch (propertyType) {
                case "Integer", "Long", "Short" -> Long.parseLong(text.trim());
                case "Boolean" -> XsBoolean.parse(text).<Object>map(b -> b).orElse(text);
                case "SystemTime" -> Instant.parse(text.trim());
                default -> text;
            };
        } catch (RuntimeException e) {
            return text;
        }
    }
}
