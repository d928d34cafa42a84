package org.bridgehead.imap.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bridgehead.exchange.mail.FolderSnapshot;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.MessageSummary;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ImapValue;
import org.bridgehead.imap.protocol.SequenceSet;
import org.bridgehead.imap.protocol.UntaggedResponse;
import org.junit.jupiter.api.Test;

class SelectedMailboxTest {

    private static final long UID_VALIDITY = 42;

    @Test
    void newMessagesBecomeExists() throws Exception {
        SelectedMailbox mailbox = new SelectedMailbox("INBOX", false, snapshot(message(1), message(2)));
        List<UntaggedResponse> updates = mailbox.synchronize(snapshot(message(1), message(2), message(5)), true);
        assertEquals(List.of(new UntaggedResponse.Exists(3)), updates);
        assertEquals(6, mailbox.uidNext());
        assertEquals(5, mailbox.resolve(SequenceSet.parse("3"), false).get(0).uid());
    }

    @Test
    void expungesAreReportedHighestFirstWhenAllowed() throws Exception {
        SelectedMailbox mailbox = new SelectedMailbox("INBOX", false, snapshot(message(1), message(2), message(3)));
        List<UntaggedResponse> updates = mailbox.synchronize(snapshot(message(2)), true);
        assertEquals(List.of(new UntaggedResponse.Expunge(3), new UntaggedResponse.Expunge(1)), updates);
        assertEquals(1, mailbox.exists());
    }

    @Test
    void expungesWaitWhileNotAllowedAndNumbersStayPut() throws Exception {
        SelectedMailbox mailbox = new SelectedMailbox("INBOX", false, snapshot(message(1), message(2), message(3)));
        List<UntaggedResponse> updates = mailbox.synchronize(snapshot(message(1), message(3), message(4)), false);
        assertEquals(List.of(new UntaggedResponse.Exists(4)), updates);
        MessageRef second = mailbox.resolve(SequenceSet.parse("2"), false).get(0);
        assertTrue(second.vanished());
        assertEquals(2, second.uid());
        assertEquals(List.of(new UntaggedResponse.Expunge(2)), mailbox.flushVanished());
        assertEquals(List.of(1L, 3L, 4L), mailbox.all().stream().map(MessageRef::uid).toList());
    }

    @Test
    void flagChangesBecomeFetchResponses() throws Exception {
        SelectedMailbox mailbox = new SelectedMailbox("INBOX", false, snapshot(message(1), message(2)));
        MessageSummary seen = new MessageSummary(2, MessageFlags.of(SystemFlag.SEEN), 100, Instant.EPOCH, 9);
        List<UntaggedResponse> updates = mailbox.synchronize(snapshot(message(1), seen), true);
        assertEquals(List.of(new UntaggedResponse.Fetch(2, List.of(
                new UntaggedResponse.Fetch.Item("FLAGS", ImapValue.flags(List.of(org.bridgehead.imap.protocol.Flag.SEEN))
                )))), updates);
        assertEquals(List.of(), mailbox.synchronize(snapshot(message(1), seen), true));
    }

    @Test
    void flagsStoredByThisConnectionAreNotReportedBack() throws Exception {
        SelectedMailbox mailbox = new SelectedMailbox("INBOX", false, snapshot(message(1)));
        mailbox.flagsChanged(1, MessageFlags.of(SystemFlag.FLAGGED), 0);
        MessageSummary flagged = new MessageSummary(1, MessageFlags.of(SystemFlag.FLAGGED), 100, Instant.EPOCH, 5);
        assertEquals(List.of(), mailbox.synchronize(snapshot(flagged), true));
    }

    @Test
    void sequenceNumbersBeyondTheMailboxAreRejectedButUidsAreSkipped() throws Exception {
        SelectedMailbox mailbox = new SelectedMailbox("INBOX", false, snapshot(message(3), message(7)));
        assertThrows(ImapSyntaxException.class, () -> mailbox.resolve(SequenceSet.parse("1:3"), false));
        assertEquals(List.of(7L), mailbox.resolve(SequenceSet.parse("4:9"), true).stream().map(MessageRef::uid).toList());
        assertEquals(List.of(7L), mailbox.resolve(SequenceSet.parse("*"), true).stream().map(MessageRef::uid).toList());
        assertEquals(2, mailbox.resolve(SequenceSet.parse("*"), false).get(0).sequenceNumber());
    }

    @Test
    void recreatedFolderIsDetected() throws Exception {
        SelectedMailbox mailbox = new SelectedMailbox("INBOX", false, snapshot(message(1)));
        FolderSnapshot recreated = new FolderSnapshot("f", UID_VALIDITY + 1, 2, 0, List.of());
        assertThrows(MailboxRecreatedException.class, () -> mailbox.synchronize(recreated, true));
    }

    @Test
    void contentLengthReplacesTheEstimatedSize() throws Exception {
        SelectedMailbox mailbox = new SelectedMailbox("INBOX", false, snapshot(message(1)));
        mailbox.contentSeen(1, 321);
        assertEquals(321, mailbox.byUid(1).orElseThrow().summary().size());
        mailbox.synchronize(snapshot(message(1)), true);
        assertEquals(321, mailbox.byUid(1).orElseThrow().summary().size());
    }

    @Test
    void staleMarkWakesAWaiter() throws Exception {
        SelectedMailbox mailbox = new SelectedMailbox("INBOX", false, snapshot());
        Thread notifier = new Thread(mailbox::markStale);
        notifier.start();
        notifier.join();
        assertTrue(mailbox.awaitStale(5_000));
    }

    private static MessageSummary message(long uid) {
        return new MessageSummary(uid, MessageFlags.NONE, 100, Instant.EPOCH, uid);
    }

    private static FolderSnapshot snapshot(MessageSummary... messages) {
        List<MessageSummary> list = new ArrayList<>(List.of(messages));
        long next = list.isEmpty() ? 1 : list.get(list.size() - 1).uid() + 1;
        return new FolderSnapshot("f", UID_VALIDITY, next, 0, list);
    }
}
