package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.mail.AppendResult;
import org.bridgehead.exchange.mail.BatchResult;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.exchange.mail.FlagChange;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.store.ItemState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that fails 30% of all requests (503, busy, dropped connections) loses and doubles nothing. */
class MailFaultsTest {

    @TempDir
    Path cache;

    private MailFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = MailFixture.start(cache, SimulatorOptions.builder().faultRate(0.3).faultSeed(11)
                .serverBusyBackOffMs(1).build(), 8);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void appendsFlagsAndSyncsSurviveFaultsWithoutDuplicates() throws Exception {
        MailFolder folder = fixture.folderWith("Faulty", 120);
        List<Long> appended = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            AppendResult result = fixture.mail().append(folder.id(), Content.of(MailFixture.message("faulty " + i)),
                    MessageFlags.NONE, null);
            appended.add(result.uid());
        }
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(folder.id()));

        BatchResult flagged = fixture.mail().setFlags(folder.id(), uids,
                new FlagChange(FlagChange.Mode.ADD, MessageFlags.of(SystemFlag.FLAGGED)));

        assertTrue(fixture.exchange.simulator().stats().faults() > 0);
        List<ItemState> items = fixture.simulatorItems("Faulty");
        assertEquals(150, items.size());
        assertEquals(150, uids.size());
        Set<Long> articleNumbers = new TreeSet<>(items.stream().map(ItemState::articleNumber).toList());
        assertEquals(articleNumbers, new TreeSet<>(uids));
        assertTrue(articleNumbers.containsAll(appended));
        assertTrue(flagged.allSucceeded(), () -> flagged.failures().toString());
        assertTrue(fixture.mail().sync(folder.id()).messages().stream()
                .allMatch(m -> m.flags().has(SystemFlag.FLAGGED)));
    }
}
