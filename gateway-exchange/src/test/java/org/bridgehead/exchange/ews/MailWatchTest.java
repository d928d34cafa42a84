package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.mail.CopyResult;
import org.bridgehead.exchange.mail.FolderWatch;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.notify.NotificationSettings;
import org.bridgehead.simulator.store.NewItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailWatchTest extends DemoMailboxTest {

    @Test
    void aWatchHearsOfNewMailAndOnlyForItsFolders() throws Exception {
        MailFolder watched = fixture.folderWith("Watched", 1);
        MailFolder other = fixture.folderWith("Unwatched", 0);
        fixture.mail().sync(watched.id());
        LinkedBlockingQueue<String> changed = new LinkedBlockingQueue<>();

        try (FolderWatch watch = fixture.mail().watch(List.of(watched.id()), changed::add)) {
            fixture.mailbox(SimulatedExchange.ALICE).createItem(fixture.simulatorFolder("Unwatched").number(),
                    NewItem.of(MailFixture.message("elsewhere")));
            fixture.mailbox(SimulatedExchange.ALICE).createItem(fixture.simulatorFolder("Watched").number(),
                    NewItem.of(MailFixture.message("news")));

            // Generous bound for a loaded machine: the design target is well under a second.
            assertEquals(watched.id(), changed.poll(10, TimeUnit.SECONDS));
            assertTrue(changed.stream().noneMatch(other.id()::equals));
        }
    }

    @Test
    void aWatchStreamsInsteadOfPollingWhenTheServerOffersStreaming() throws Exception {
        MailFolder watched = fixture.folderWith("Streamed", 0);
        fixture.mail().sync(watched.id());
        LinkedBlockingQueue<String> changed = new LinkedBlockingQueue<>();
        fixture.resetCalls();

        try (FolderWatch watch = fixture.mail().watch(List.of(watched.id()), changed::add)) {
            fixture.mailbox(SimulatedExchange.ALICE).createItem(fixture.simulatorFolder("Streamed").number(),
                    NewItem.of(MailFixture.message("pushed")));

            assertEquals(watched.id(), changed.poll(10, TimeUnit.SECONDS));
            assertEquals(1, fixture.calls("Subscribe"));
            assertEquals(1, fixture.calls("GetStreamingEvents"));
            assertEquals(0, fixture.calls("SyncFolderItems"));
        }
    }

    @Test
    void connectionsOfOneSessionShareOneSubscriptionKeptAcrossSelects() throws Exception {
        MailFolder watched = fixture.folderWith("Shared", 0);
        fixture.mail().sync(watched.id());
        LinkedBlockingQueue<String> first = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<String> second = new LinkedBlockingQueue<>();
        fixture.resetCalls();

        try (FolderWatch one = fixture.mail().watch(List.of(watched.id()), first::add);
                FolderWatch two = fixture.mail().watch(List.of(watched.id()), second::add)) {
            fixture.mailbox(SimulatedExchange.ALICE).createItem(fixture.simulatorFolder("Shared").number(),
                    NewItem.of(MailFixture.message("for both")));
            assertEquals(watched.id(), first.poll(10, TimeUnit.SECONDS));
            assertEquals(watched.id(), second.poll(10, TimeUnit.SECONDS));
        }
        // A SELECT after the last holder let go finds the watch still open: no new subscription.
        LinkedBlockingQueue<String> third = new LinkedBlockingQueue<>();
        try (FolderWatch again = fixture.mail().watch(List.of(watched.id()), third::add)) {
            fixture.mailbox(SimulatedExchange.ALICE).createItem(fixture.simulatorFolder("Shared").number(),
                    NewItem.of(MailFixture.message("after reselect")));
            assertEquals(watched.id(), third.poll(10, TimeUnit.SECONDS));
        }
        assertEquals(1, fixture.calls("Subscribe"));
        assertEquals(1, fixture.calls("GetStreamingEvents"));
        assertEquals(0, fixture.calls("Unsubscribe"));
        assertTrue(first.isEmpty(), "a released holder hears nothing more");
    }

    @Test
    void closingTheSessionEndsItsSubscriptions() throws Exception {
        MailFolder watched = fixture.folderWith("Until logout", 0);
        ExchangeSession other = MailFixture.signIn(fixture.backend, SimulatedExchange.ALICE);
        other.mail().sync(watched.id());
        fixture.resetCalls();
        other.mail().watch(List.of(watched.id()), folderId -> { }).close();

        other.close();

        for (int waits = 0; waits < 200 && fixture.calls("Unsubscribe") < 1; waits++) {
            Thread.sleep(50);
        }
        assertEquals(1, fixture.calls("Subscribe"));
        assertEquals(1, fixture.calls("Unsubscribe"));
    }

    @Test
    void aWatchPollsWhenStreamingFails(@TempDir Path proxiedCache) throws Exception {
        MailFolder watched = fixture.folderWith("Polled", 0);
        try (DroppingProxy proxy = new DroppingProxy(fixture.exchange.simulator().ewsUrl())) {
            EwsSettings direct = fixture.exchange.settings(1);
            EwsBackend proxied = new EwsBackend(new EwsSettings(proxy.ewsUrl(), direct.connectTimeout(),
                    direct.readTimeout(), 1, Duration.ofMillis(10), 4), new MailSettings(proxiedCache, 100, 1 << 20));
            try (ExchangeSession session = MailFixture.signIn(proxied, SimulatedExchange.ALICE)) {
                session.mail().sync(watched.id());
                proxy.dropAnswers("Subscribe", 1_000);
                LinkedBlockingQueue<String> changed = new LinkedBlockingQueue<>();

                try (FolderWatch watch = session.mail().watch(List.of(watched.id()), changed::add)) {
                    fixture.resetCalls();
                    fixture.mailbox(SimulatedExchange.ALICE).createItem(fixture.simulatorFolder("Polled").number(),
                            NewItem.of(MailFixture.message("polled")));

                    assertEquals(watched.id(), changed.poll(10, TimeUnit.SECONDS));
                    assertTrue(fixture.calls("SyncFolderItems") > 0);
                    assertEquals(0, fixture.calls("GetStreamingEvents"));
                }
            } finally {
                proxied.close();
            }
        }
    }

    @Test
    void aWatchSubscribesAgainWhenTheServerEndsTheStream(@TempDir Path otherCache) throws Exception {
        // A "minute" of 100 ms: the server ends each streaming request after one second.
        NotificationSettings quick = new NotificationSettings(30_000, 100, 32, 10, 1000, 10_000);
        try (MailFixture shortLived = MailFixture.start(otherCache, SimulatorOptions.defaults(), quick, 1)) {
            MailFolder watched = shortLived.folderWith("Restreamed", 0);
            shortLived.mail().sync(watched.id());
            LinkedBlockingQueue<String> changed = new LinkedBlockingQueue<>();
            shortLived.resetCalls();

            try (FolderWatch watch = shortLived.mail().watch(List.of(watched.id()), changed::add)) {
                for (int waits = 0; waits < 200 && shortLived.calls("GetStreamingEvents") < 2; waits++) {
                    Thread.sleep(50);
                }
                shortLived.mailbox(SimulatedExchange.ALICE).createItem(
                        shortLived.simulatorFolder("Restreamed").number(), NewItem.of(MailFixture.message("again")));

                assertEquals(watched.id(), changed.poll(10, TimeUnit.SECONDS));
                assertTrue(shortLived.calls("GetStreamingEvents") >= 2);
                assertTrue(shortLived.calls("Subscribe") >= 2);
                assertEquals(0, shortLived.calls("SyncFolderItems"));
            }
        }
    }

    @Test
    void theEchoOfOwnMoveSetsOffNoSyncWhileAnotherSessionsMoveIsHeard() throws Exception {
        MailFolder source = fixture.folderWith("Echo from", 505);
        MailFolder target = fixture.folderWith("Echo to", 0);
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(source.id()));
        LinkedBlockingQueue<String> changed = new LinkedBlockingQueue<>();

        try (FolderWatch watch = fixture.mail().watch(List.of(source.id(), target.id()), changed::add)) {
            fixture.resetCalls();
            CopyResult result = fixture.mail().move(source.id(), uids.subList(0, 500), target.id());

            assertTrue(result.failures().isEmpty(), () -> result.failures().toString());
            // The simulator pushes the 500 Moved events at once; none of them may reach the listener.
            assertNull(changed.poll(2, TimeUnit.SECONDS), "the echo of the session's own move was passed on");
            assertEquals(1, fixture.calls("MoveItem"));
            assertEquals(1, fixture.calls("GetItem"));
            assertEquals(0, fixture.calls("SyncFolderItems"));

            ExchangeSession other = MailFixture.signIn(fixture.backend, SimulatedExchange.ALICE);
            try {
                other.mail().sync(source.id());
                assertTrue(other.mail().move(source.id(), uids.subList(500, 501), target.id()).failures().isEmpty());
            } finally {
                other.close();
            }
            String heard = changed.poll(10, TimeUnit.SECONDS);
            assertTrue(source.id().equals(heard) || target.id().equals(heard), "another session's move was not heard");
        }
        assertEquals(4, fixture.mail().sync(source.id()).messages().size());
        assertEquals(501, fixture.mail().sync(target.id()).messages().size());
    }
}
