package org.bridgehead.simulator.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changes to one item, applied as one change. Null fields are left as they are.
 *
 * @param read       new IsRead
 * @param draft      new IsDraft
 * @param flag       new follow-up flag
 * @param categories new Categories
 * @param subject    new Subject
 * @param importance new Importance
 * @param received   new DateTimeReceived
 * @param set        extended properties to set
 * @param removed    extended properties to remove
 * @param pim        the new properties of a calendar item, task or contact
 */
public record ItemUpdate(Boolean read, Boolean draft, FlagStatus flag, List<String> categories, String subject,
                         Importance importance, Instant received, Map<ExtendedPropertyKey, List<String>> set,
                         Set<ExtendedPropertyKey> removed, PimData pim) {

    public ItemUpdate {
        categories = categories == null ? null : List.copyOf(categories);
        set = Map.copyOf(set);
        removed = Set.copyOf(removed);
    }

    /** True when the update changes the read flag and nothing else (a ReadFlagChange for syncs). */
    boolean readFlagOnly() {
        return read != null && draft == null && flag == null && categories == null && subject == null
                && importance == null && received == null && set.isEmpty() && removed.isEmpty()
                && pim == null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the changes of one t:ItemChange. */
    public static final class Builder {
        private Boolean read;
        private Boolean draft;
        private FlagStatus flag;
        private List<String> categories;
        private String subject;
        private Importance importance;
        private Instant received;
        private final Map<ExtendedPropertyKey, List<String>> set = new LinkedHashMap<>();
        private final Set<ExtendedPropertyKey> removed = new HashSet<>();
        private PimData pim;

        private Builder() {
        }

        public Builder read(boolean value) {
            read = value;
            return this;
        }

        public Builder draft(boolean value) {
            draft = value;
            return this;
        }

        public Builder flag(FlagStatus value) {
            flag = value;
            return this;
        }

        public Builder categories(List<String> value) {
            categories = value;
            return this;
        }

        /** The categories this builder sets, or null when it leaves them. */
        public List<String> categories() {
            return categories;
        }

        public Builder subject(String value) {
            subject = value;
            return this;
        }

        public Builder importance(Importance value) {
            importance = value;
            return this;
        }

        public Builder received(Instant value) {
            received = value;
            return this;
        }

        public Builder pim(PimData value) {
            pim = value;
            return this;
        }

        public Builder set(ExtendedPropertyKey key, List<String> values) {
            removed.remove(key);
            set.put(key, List.copyOf(values));
            return this;
        }

        public Builder remove(ExtendedPropertyKey key) {
            set.remove(key);
            removed.add(key);
            return this;
        }

        public ItemUpdate build() {
            return new ItemUpdate(read, draft, flag, categories, subject, importance, received, set, removed, pim);
        }
    }
}
