package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.mail.AppendResult;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.exchange.mail.FolderSnapshot;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.MessageSummary;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.simulator.store.ItemState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailAppendTest extends DemoMailboxTest {

    @TempDir
    Path freshCache;

    @Test
    void appendReturnsTheUidAndStoresTheExactBytesAndFlags() throws Exception {
        MailFolder folder = fixture.folderWith("Appended", 2);
        FolderSnapshot before = fixture.mail().sync(folder.id());
        byte[] mime = MailFixture.message("appended message");
        Instant received = Instant.parse("2026-03-04T05:06:07Z");
        fixture.resetCalls();

        AppendResult result = fixture.mail().append(folder.id(), Content.of(mime),
                new MessageFlags(Set.of(SystemFlag.SEEN, SystemFlag.FLAGGED), Set.of("Work")), received);

        assertEquals(1, fixture.calls("CreateItem"));
        assertEquals(1, fixture.calls("GetItem"));
        assertEquals(2, fixture.totalCalls());
        List<ItemState> items = fixture.simulatorItems("Appended");
        assertEquals(items.get(2).articleNumber(), result.uid());
        assertEquals(before.uidValidity(), result.uidValidity());
        assertTrue(result.uid() >= before.uidNext());

        EwsBackend other = fixture.exchange.backend(1, freshCache);
        try (ExchangeSession session = MailFixture.signIn(other, SimulatedExchange.ALICE)) {
            FolderSnapshot fresh = session.mail().sync(folder.id());
            MessageSummary appended = fresh.messages().get(2);
            assertEquals(result.uid(), appended.uid());
            assertEquals(new MessageFlags(Set.of(SystemFlag.SEEN, SystemFlag.FLAGGED), Set.of("Work")),
                    appended.flags());
            assertEquals(received, appended.internalDate());
            Content fetched = session.mail().fetch(folder.id(), List.of(result.uid())).get(result.uid());
            assertArrayEquals(mime, MailFetchTest.bytes(fetched));
        }
    }

    @Test
    void anAppendedDraftIsADraft() throws Exception {
        MailFolder folder = fixture.folderWith("Draft append", 0);

        AppendResult result = fixture.mail().append(folder.id(), Content.of(MailFixture.message("draft")),
                MessageFlags.of(SystemFlag.DRAFT), null);

        MessageSummary summary = fixture.mail().sync(folder.id()).messages().get(0);
        assertEquals(result.uid(), summary.uid());
        assertTrue(summary.flags().has(SystemFlag.DRAFT));
        assertTrue(!summary.flags().has(SystemFlag.SEEN));
    }

    @Test
    void appendIsNotDuplicatedWhenTheAnswerIsLost() throws Exception {
        MailFolder folder = fixture.folderWith("Once", 0);
        try (DroppingProxy proxy = new DroppingProxy(fixture.exchange.simulator().ewsUrl())) {
            EwsSettings direct = fixture.exchange.settings(2);
            EwsBackend proxied = new EwsBackend(new EwsSettings(proxy.ewsUrl(), direct.connectTimeout(),
                    direct.readTimeout(), 2, Duration.ofMillis(10), 4), new MailSettings(freshCache, 100, 1 << 20));
            try (ExchangeSession session = MailFixture.signIn(proxied, SimulatedExchange.ALICE)) {
                proxy.dropAnswers("CreateItem", 1);
                fixture.resetCalls();

                AppendResult result = session.mail().append(folder.id(), Content.of(MailFixture.message("once")),
                        MessageFlags.NONE, null);

                List<ItemState> items = fixture.simulatorItems("Once");
                assertEquals(1, items.size());
                assertEquals(items.get(0).articleNumber(), result.uid());
                assertEquals(1, fixture.calls("CreateItem"));
                assertEquals(1, fixture.calls("FindItem"));
            } finally {
                proxied.close();
            }
        }
    }
}
