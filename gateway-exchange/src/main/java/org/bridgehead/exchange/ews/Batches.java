package org.bridgehead.exchange.ews;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/** Splits work over many messages into the batches of one EWS request each. */
final class Batches {

    private Batches() {
    }

    /** Consecutive batches of at most {@code size} elements. */
    static <T> List<List<T>> of(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int start = 0; start < items.size(); start += size) {
            batches.add(List.copyOf(items.subList(start, Math.min(items.size(), start + size))));
        }
        return List.copyOf(batches);
    }

    /**
     * Consecutive batches of at most {@code size} elements whose weights add up to at most
     * {@code maxWeight}; an element heavier than that alone makes a batch.
     */
    static <T> List<List<T>> of(List<T> items, int size, long maxWeight, ToLongFunction<T> weight) {
        List<List<T>> batches = new ArrayList<>();
        List<T> current = new ArrayList<>();
        long currentWeight = 0;
        for (T item : items) {
            long w = Math.max(0, weight.applyAsLong(item));
            if (!current.isEmpty() && (current.size() >= size || currentWeight + w > maxWeight)) {
                batches.add(List.copyOf(current));
                current.clear();
                currentWeight = 0;
            }
            current.add(item);
            currentWeight += w;
        }
        if (!current.isEmpty()) {
            batches.add(List.copyOf(current));
        }
        return List.copyOf(batches);
    }
}
