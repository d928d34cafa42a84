package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ImapValue;
import org.bridgehead.imap.protocol.ListPattern;
import org.bridgehead.imap.protocol.ListRequest;
import org.bridgehead.imap.protocol.ListRequest.ReturnOption;
import org.bridgehead.imap.protocol.ListRequest.Selection;
import org.bridgehead.imap.protocol.MailboxName;
import org.bridgehead.imap.protocol.UntaggedResponse.ListEntry;
import org.bridgehead.imap.server.SessionState;
import org.bridgehead.imap.server.Subscriptions;

/**
 * LIST and LSUB (RFC 3501 6.3.8, 6.3.9) with LIST-EXTENDED (RFC 5258), LIST-STATUS (RFC 5819),
 * CHILDREN (RFC 3348) and SPECIAL-USE (RFC 6154) attributes. A folder whose parent is not a
 * mail folder gets that parent listed as {@code \Noselect}, so the hierarchy stays walkable.
 */
final class ListCommand implements CommandHandler {

    private final boolean lsub;

    ListCommand(boolean lsub) {
        this.lsub = lsub;
    }

    @Override
    public Set<SessionState> validStates() {
        return AUTHENTICATED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BackendException, IOException {
        ListRequest list = ListRequest.parse(request.arguments());
        if (lsub && list.extended()) {
            throw new ImapSyntaxException("LSUB takes a reference and one pattern");
        }
        ListEntry.Kind kind = lsub ? ListEntry.Kind.LSUB : ListEntry.Kind.LIST;
        if (list.asksForDelimiter()) {
            context.write(new ListEntry(kind, List.of("\\Noselect"), ""));
            return CommandResult.ok(request.name() + " completed");
        }
        FolderNames folders = context.folders();
        String user = context.session().credentials().userName();
        Subscriptions subscriptions = context.services().subscriptions();
        boolean onlySubscribed = lsub || list.selection().contains(Selection.SUBSCRIBED);
        boolean onlySpecialUse = list.selection().contains(Selection.SPECIAL_USE);
        boolean showSubscribed = list.selection().contains(Selection.SUBSCRIBED)
                || list.returns().contains(ReturnOption.SUBSCRIBED);
        // Child attributes come with a basic LIST, and with an extended one only when asked for
        // (RFC 5258 4); LSUB has none (RFC 3501 6.3.9).
        boolean showChildren = !lsub && (!list.extended() || list.returns().contains(ReturnOption.CHILDREN));
        List<ListPattern> patterns = list.compiledPatterns();
        for (Map.Entry<String, MailFolder> entry : hierarchy(folders).entrySet()) {
            String name = entry.getKey();
            MailFolder folder = entry.getValue();
            if (patterns.stream().noneMatch(p -> p.matches(name))) {
                continue;
            }
            boolean subscribed = folder != null && subscriptions.isSubscribed(user, name);
            boolean special = folder != null && folder.role().imapAttribute().isPresent();
            if ((onlySubscribed && !subscribed) || (onlySpecialUse && !special)) {
                if (lsub && hasUnmatchedSubscribedDescendant(folders, name, user, subscriptions, patterns)) {
                    // RFC 3501 6.3.9: "%" over a subscribed child lists its parent as \Noselect.
                    context.write(new ListEntry(kind, List.of("\\Noselect"), name));
                } else if (!lsub && list.selection().contains(Selection.RECURSIVEMATCH) && onlySubscribed
                        && hasUnmatchedSubscribedDescendant(folders, name, user, subscriptions, List.of())) {
                    writeChildInfo(context, name);
                }
                continue;
            }
            List<String> attributes = new ArrayList<>();
            if (folder == null) {
                attributes.add("\\Noselect");
                if (showChildren) {
                    attributes.add("\\HasChildren");
                }
            } else {
                if (showChildren) {
                    attributes.add(folders.hasChildren(folder) ? "\\HasChildren" : "\\HasNoChildren");
                }
                if (!lsub) {
                    folder.role().imapAttribute().ifPresent(attributes::add);
                }
                if (showSubscribed && subscribed) {
                    attributes.add("\\Subscribed");
                }
            }
            context.write(new ListEntry(kind, attributes, name));
            if (folder != null && list.returns().contains(ReturnOption.STATUS)) {
                context.write(FolderStatus.of(context, folder, name, list.statusItems()));
            }
        }
        return CommandResult.ok(request.name() + " completed");
    }

    /** Every name to list, INBOX first, with null for parents that are not mail folders. */
    private static Map<String, MailFolder> hierarchy(FolderNames folders) {
        Map<String, MailFolder> names = new LinkedHashMap<>();
        folders.folders().stream().filter(folders::isInbox).forEach(f -> names.put(MailboxName.INBOX, f));
        for (MailFolder folder : folders.folders()) {
            String name = folders.imapName(folder);
            int slash = name.indexOf(MailboxName.DELIMITER);
            while (slash > 0) {
                names.putIfAbsent(name.substring(0, slash), null);
                slash = name.indexOf(MailboxName.DELIMITER, slash + 1);
            }
            names.put(name, folder);
        }
        return names;
    }

    /** Whether a subscribed folder below the name is not itself matched by any of the patterns. */
    private static boolean hasUnmatchedSubscribedDescendant(FolderNames folders, String name, String user,
            Subscriptions subscriptions, List<ListPattern> patterns) {
        String prefix = name + MailboxName.DELIMITER;
        return folders.folders().stream().map(folders::imapName)
                .anyMatch(child -> child.startsWith(prefix) && subscriptions.isSubscribed(user, child)
                        && patterns.stream().noneMatch(p -> p.matches(child)));
    }

    /** RFC 5258 RECURSIVEMATCH: a parent listed only because a child is subscribed says so. */
    private static void writeChildInfo(CommandContext context, String name) throws IOException {
        synchronized (context.writer()) {
            context.writer().data(ImapValue.atom("LIST"), ImapValue.list(),
                    ImapValue.string(String.valueOf(MailboxName.DELIMITER)),
                    ImapValue.string(MailboxName.toWire(name)),
                    ImapValue.list(ImapValue.atom("CHILDINFO"), ImapValue.list(ImapValue.string("SUBSCRIBED"))));
        }
    }
}
