package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bridgehead.exchange.mail.FolderWatch;
import org.junit.jupiter.api.Test;

class SharedFolderWatchesTest {

    /** A started watch whose notices the test sends by hand. */
    private static final class FakeWatch implements FolderWatch {
        final FolderWatch.Listener notices;
        boolean closed;

        FakeWatch(FolderWatch.Listener notices) {
            this.notices = notices;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final List<FakeWatch> started = new ArrayList<>();
    private final SharedFolderWatches watches = new SharedFolderWatches(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private FolderWatch hold(List<String> folders, FolderWatch.Listener listener) {
        return watches.hold(folders, listener, notices -> {
            FakeWatch watch = new FakeWatch(notices);
            started.add(watch);
            return watch;
        });
    }

    @Test
    void holdersOfTheSameFoldersShareOneWatchAndEachHearsItsNotices() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        FolderWatch one = hold(List.of("inbox"), first::add);
        hold(List.of("inbox"), second::add);
        hold(List.of("archive"), folderId -> { });

        started.get(0).notices.folderChanged("inbox");
        one.close();
        started.get(0).notices.folderChanged("inbox");

        assertEquals(2, started.size());
        assertEquals(List.of("inbox"), first);
        assertEquals(List.of("inbox", "inbox"), second);
    }

    @Test
    void anUnheldWatchLingersThenClosesAtTheNextCall() {
        hold(List.of("inbox"), folderId -> { }).close();
        now = now.plus(SharedFolderWatches.LINGER.minusSeconds(1));
        hold(List.of("inbox"), folderId -> { }).close();
        assertEquals(1, started.size(), "reused within the linger time");

        now = now.plus(SharedFolderWatches.LINGER.plus(Duration.ofSeconds(1)));
        hold(List.of("archive"), folderId -> { });

        assertTrue(started.get(0).closed);
        assertFalse(started.get(1).closed);
        hold(List.of("inbox"), folderId -> { });
        assertEquals(3, started.size(), "a new watch after the old one closed");
    }

    @Test
    void closingEndsHeldAndLingeringWatches() {
        hold(List.of("inbox"), folderId -> { });
        hold(List.of("archive"), folderId -> { }).close();

        watches.close();

        assertTrue(started.stream().allMatch(w -> w.closed));
    }
}
