package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchesTest {

    @Test
    void nItemsMakeCeilNOverSizeBatches() {
        List<Integer> items = IntStream.range(0, 250).boxed().toList();
        List<List<Integer>> batches = Batches.of(items, 100);
        assertEquals(List.of(100, 100, 50), batches.stream().map(List::size).toList());
        assertEquals(items, batches.stream().flatMap(List::stream).toList());
    }

    @Test
    void weightBoundsABatchAndAHeavyItemStandsAlone() {
        List<Long> sizes = List.of(10L, 10L, 500L, 10L, 10L, 10L);
        List<List<Long>> batches = Batches.of(sizes, 100, 100, Long::longValue);
        assertEquals(List.of(List.of(10L, 10L), List.of(500L), List.of(10L, 10L, 10L)), batches);
    }
}
