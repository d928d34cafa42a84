package org.bridgehead.imap.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SequenceSetTest {

    @Test
    void starRangeCoversEverythingUpToTheMaximum() throws Exception {
        SequenceSet all = SequenceSet.parse("1:*");
        assertTrue(all.contains(1, 10));
        assertTrue(all.contains(10, 10));
        assertFalse(all.contains(11, 10));
    }

    @Test
    void listOfRangesIteratesInOrder() throws Exception {
        SequenceSet set = SequenceSet.parse("9,2,4:7");
        assertEquals(List.of(2L, 4L, 5L, 6L, 7L, 9L), set.numbers(100).boxed().toList());
        assertEquals("9,2,4:7", set.toString());
    }

    @Test
    void starAloneIsTheLargestNumber() throws Exception {
        SequenceSet last = SequenceSet.parse("*");
        assertTrue(last.contains(42, 42));
        assertFalse(last.contains(41, 42));
    }

    @Test
    void rangeBeyondLargestUidStillContainsTheLargest() throws Exception {
        // RFC 3501 6.4.8: "UID FETCH 5:*" with largest UID 3 must return message with UID 3.
        SequenceSet set = SequenceSet.parse("5:*");
        assertTrue(set.contains(3, 3));
        assertEquals(List.of(new SequenceSet.Range(3, 5)), set.resolve(3));
    }

    @Test
    void reversedRangeIsNormalised() throws Exception {
        assertEquals(List.of(new SequenceSet.Range(4, 8)), SequenceSet.parse("8:4").resolve(100));
    }

    @Test
    void resolveMergesOverlappingAndAdjacentRanges() throws Exception {
        assertEquals(List.of(new SequenceSet.Range(1, 9), new SequenceSet.Range(12, 12)),
                SequenceSet.parse("1:5,3:8,9,12").resolve(20));
    }

    @Test
    void highestIsTheLargestNamedNumber() throws Exception {
        assertEquals(7, SequenceSet.parse("1:3,7").highest(10));
        assertEquals(10, SequenceSet.parse("2:*").highest(10));
    }

    @Test
    void compactFormOfUidsForCopyUid() {
        assertEquals("1:3,5,7:8", SequenceSet.of(List.of(8L, 1L, 2L, 3L, 5L, 7L)).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "1:", ":3", "a", "1,,2", "4294967296", "1:2:3", "-1", "1 2"})
    void malformedSetsAreSyntaxErrors(String text) {
        assertThrows(ImapSyntaxException.class, () -> SequenceSet.parse(text));
    }
}
