package org.bridgehead.caldav.resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.exchange.pim.CollectionKind;
import org.bridgehead.exchange.pim.PimCollection;

/**
 * Where each of a user's collections lives below {@code /users/<address>/}. The default folders
 * have DavMail's names ({@code calendar}, {@code tasks}, {@code contacts}); other collections
 * sit below their parent under the name a client chose. Because those names are unique for the
 * user, a collection is also found directly below the home, where a client may have created it.
 */
public final class CollectionPaths {

    private final Map<List<String>, PimCollection> byPath = new LinkedHashMap<>();
    private final Map<String, List<String>> canonical = new LinkedHashMap<>();
    private final Map<String, PimCollection> byName = new HashMap<>();

    public CollectionPaths(List<PimCollection> collections) {
        Map<String, PimCollection> byId = new HashMap<>();
        collections.forEach(collection -> byId.put(collection.id(), collection));
        for (PimCollection collection : collections) {
            List<String> path = pathOf(collection, byId, 0);
            canonical.put(collection.id(), path);
            byPath.putIfAbsent(path, collection);
            byName.putIfAbsent(collection.resourceName(), collection);
        }
    }

    /** The segment of a default folder. */
    public static String defaultName(CollectionKind kind) {
        return switch (kind) {
            case CALENDAR -> "calendar";
            case TASKS -> "tasks";
            case CONTACTS -> "contacts";
        };
    }

    /** The collection at these segments below the home, by its canonical path or directly below the home. */
    public Optional<PimCollection> find(List<String> segments) {
        PimCollection found = byPath.get(segments);
        if (found == null && segments.size() == 1) {
            found = byName.get(segments.get(0));
        }
        return Optional.ofNullable(found);
    }

    /** Segments of the collection below the home. */
    public List<String> pathOf(PimCollection collection) {
        return canonical.getOrDefault(collection.id(), List.of(collection.resourceName()));
    }

    public List<PimCollection> collections() {
        return List.copyOf(byPath.values());
    }

    private static List<String> pathOf(PimCollection collection, Map<String, PimCollection> byId, int depth) {
        if (collection.primary()) {
            return List.of(defaultName(collection.kind()));
        }
        PimCollection parent = collection.parentId() == null ? null : byId.get(collection.parentId());
        // A loop in what the backend reports would otherwise never end; 32 levels is beyond any mailbox.
        if (parent == null || depth > 32) {
            return List.of(collection.resourceName());
        }
        List<String> path = new ArrayList<>(pathOf(parent, byId, depth + 1));
        path.add(collection.resourceName());
        return List.copyOf(path);
    }
}
