package org.bridgehead.exchange.ews;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids, before the move, of items this session moved itself. Both folder indexes are updated
 * when MoveItem returns, so the push notice that comes back for such an item (its echo) needs no
 * sync. Exchange gives a moved item a new id, so an old id can only appear again in the echo of that
 * very move: skipping it never hides a change made by anyone else.
 *
 * <p>An echo can arrive while MoveItem is still in flight. It is then held back, and replayed as a
 * notice if the move turns out to have failed (the indexes were not updated and must sync). Each id
 * is used up by its echo; the oldest confirmed ones are dropped past {@link #CAPACITY} (an echo lost
 * that way costs one sync, nothing more).
 */
final class OwnMoves {

    static final int CAPACITY = 20_000;

    private enum State { IN_FLIGHT, ECHO_HELD, MOVED }

    private static final class Move {
        State state = State.IN_FLIGHT;
        Runnable replay;
    }

    /** By old item id, in insertion order so the oldest go first. */
    private final Map<String, Move> moves = new LinkedHashMap<>();

    /** Records items about to be moved by this session; each must then be {@link #moved} or {@link #notMoved}. */
    synchronized void moving(Collection<String> oldItemIds) {
        for (String id : oldItemIds) {
            moves.put(id, new Move());
        }
    }

    /**
     * True if the notice of a move of this item is the echo of this session's own move: then it
     * must not be passed on. An echo of a move still in flight is kept, with what passes it on
     * should the move fail.
     */
    synchronized boolean isEcho(String oldItemId, Runnable replay) {
        Move move = oldItemId == null ? null : moves.get(oldItemId);
        if (move == null) {
            return false;
        }
        if (move.state == State.IN_FLIGHT) {
            move.state = State.ECHO_HELD;
            move.replay = replay;
        } else if (move.state == State.MOVED) {
            moves.remove(oldItemId);
        }
        return true;
    }

    /** The items were moved and both indexes know it: their echoes are swallowed. */
    synchronized void moved(Collection<String> oldItemIds) {
        for (String id : oldItemIds) {
            Move move = moves.get(id);
            if (move == null) {
                continue;
            }
            if (move.state == State.ECHO_HELD) {
                moves.remove(id);
            } else {
                move.state = State.MOVED;
            }
        }
        dropOldest();
    }

    /** The move failed or its outcome is unknown: the indexes must hear of whatever echo came. */
    void notMoved(Collection<String> oldItemIds) {
        List<Runnable> replays = new ArrayList<>();
        synchronized (this) {
            for (String id : oldItemIds) {
                Move move = moves.remove(id);
                if (move != null && move.replay != null) {
                    replays.add(move.replay);
                }
            }
        }
        replays.forEach(Runnable::run);
    }

    private void dropOldest() {
        Iterator<Move> oldest = moves.values().iterator();
        while (moves.size() > CAPACITY && oldest.hasNext()) {
            if (oldest.next().state == State.MOVED) {
                oldest.remove();
            }
        }
    }
}
