package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OwnMovesTest {

    @Test
    void anEchoAfterTheMoveIsSwallowedOnce() {
        OwnMoves moves = new OwnMoves();
        AtomicInteger replays = new AtomicInteger();
        moves.moving(List.of("a", "b"));
        moves.moved(List.of("a", "b"));

        assertTrue(moves.isEcho("a", replays::incrementAndGet));
        assertFalse(moves.isEcho("a", replays::incrementAndGet), "an id is used up by its echo");
        assertFalse(moves.isEcho("c", replays::incrementAndGet), "an id never moved here is no echo");
        assertEquals(0, replays.get());
    }

    @Test
    void anEchoHeldWhileTheMoveIsInFlightIsReplayedWhenTheMoveFails() {
        OwnMoves moves = new OwnMoves();
        AtomicInteger replays = new AtomicInteger();
        moves.moving(List.of("a", "b"));

        assertTrue(moves.isEcho("a", replays::incrementAndGet));
        moves.notMoved(List.of("a", "b"));

        assertEquals(1, replays.get());
        assertFalse(moves.isEcho("b", replays::incrementAndGet));
    }

    @Test
    void anEchoHeldWhileTheMoveIsInFlightIsDroppedWhenTheMoveSucceeds() {
        OwnMoves moves = new OwnMoves();
        AtomicInteger replays = new AtomicInteger();
        moves.moving(List.of("a"));

        assertTrue(moves.isEcho("a", replays::incrementAndGet));
        moves.moved(List.of("a"));
        moves.notMoved(List.of("a"));

        assertEquals(0, replays.get());
        assertFalse(moves.isEcho("a", replays::incrementAndGet));
    }

    @Test
    void theOldestConfirmedMovesAreForgottenPastCapacity() {
        OwnMoves moves = new OwnMoves();
        List<String> ids = java.util.stream.IntStream.rangeClosed(0, OwnMoves.CAPACITY).mapToObj(i -> "id" + i)
                .toList();
        moves.moving(ids);
        moves.moved(ids);

        assertFalse(moves.isEcho("id0", () -> { }));
        assertTrue(moves.isEcho("id" + OwnMoves.CAPACITY, () -> { }));
    }
}
