package org.bridgehead.imap.command;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.mail.FolderSnapshot;
import org.bridgehead.exchange.mail.MessageSummary;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.imap.mailbox.RecentClaims;
import org.bridgehead.imap.protocol.StatusItem;
import org.bridgehead.imap.protocol.UntaggedResponse;

/**
 * The STATUS values of a folder, for STATUS and LIST-STATUS. They come from a synchronisation of
 * the folder index, so MESSAGES and UIDNEXT agree with what a SELECT would show.
 */
final class FolderStatus {

    private FolderStatus() {
    }

    static UntaggedResponse.Status of(CommandContext context, MailFolder folder, String name, Set<StatusItem> items)
            throws BackendException {
        FolderSnapshot snapshot = context.mail().sync(folder.id());
        RecentClaims.Claim recent = context.services().recentClaims().of(context.session().credentials().userName(),
                folder.id());
        Map<StatusItem, Long> values = new EnumMap<>(StatusItem.class);
        for (StatusItem item : items) {
            values.put(item, switch (item) {
                case MESSAGES -> (long) snapshot.messages().size();
                case RECENT -> recentCount(snapshot, recent.peek(highestUid(snapshot)));
                case UIDNEXT -> Math.max(snapshot.uidNext(), highestUid(snapshot) + 1);
                case UIDVALIDITY -> snapshot.uidValidity();
                case UNSEEN -> count(snapshot, SystemFlag.SEEN, false);
                case DELETED -> count(snapshot, SystemFlag.DELETED, true);
                case SIZE -> snapshot.messages().stream().mapToLong(MessageSummary::size).sum();
                case HIGHESTMODSEQ -> Math.max(1, snapshot.highestModSeq());
            });
        }
        return new UntaggedResponse.Status(name, values);
    }

    /** Messages no session has claimed as \Recent yet (RFC 3501 6.3.10). */
    private static long recentCount(FolderSnapshot snapshot, long firstUnclaimed) {
        return snapshot.messages().stream().filter(m -> m.uid() >= firstUnclaimed).count();
    }

    private static long count(FolderSnapshot snapshot, SystemFlag flag, boolean present) {
        return snapshot.messages().stream().filter(m -> m.flags().has(flag) == present).count();
    }

    private static long highestUid(FolderSnapshot snapshot) {
        return snapshot.messages().isEmpty() ? 0 : snapshot.messages().get(snapshot.messages().size() - 1).uid();
    }
}
