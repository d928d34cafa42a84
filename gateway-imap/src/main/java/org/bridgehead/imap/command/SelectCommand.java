package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.mail.MailService;
import org.bridgehead.imap.mailbox.MessageRef;
import org.bridgehead.imap.mailbox.SelectedMailbox;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.MailboxName;
import org.bridgehead.imap.protocol.ResponseCode;
import org.bridgehead.imap.protocol.SelectParameters;
import org.bridgehead.imap.protocol.SequenceSet;
import org.bridgehead.imap.protocol.TokenCursor;
import org.bridgehead.imap.protocol.UntaggedResponse;
import org.bridgehead.imap.server.SessionState;

/**
 * SELECT and EXAMINE (RFC 3501 6.3.1, 6.3.2), with CONDSTORE and QRESYNC (RFC 7162). The folder is synchronised once and then watched,
 * so changes made elsewhere mark it stale and reach the client at the next allowed point (or at
 * once while it IDLEs).
 */
final class SelectCommand implements CommandHandler {

    private static final SequenceSet ALL_UIDS = new SequenceSet(List.of(
            new SequenceSet.Range(1, SequenceSet.STAR)));

    private final boolean readOnly;

    SelectCommand(boolean readOnly) {
        this.readOnly = readOnly;
    }

    @Override
    public Set<SessionState> validStates() {
        return AUTHENTICATED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BackendException, IOException {
        TokenCursor arguments = request.arguments();
        String name = MailboxName.fromWire(arguments.astring());
        SelectParameters parameters = SelectParameters.parse(arguments);
        arguments.end();
        if (parameters.qresync().isPresent() && !context.session().qresync()) {
            return CommandResult.bad("QRESYNC must be enabled first (ENABLE QRESYNC)");
        }
        if (parameters.condstore()) {
            context.session().enableCondstore();
        }
        // A failed SELECT leaves no mailbox selected (RFC 3501 6.3.1); leaving one says so (RFC 7162 3.2.11).
        if (context.session().selected().isPresent()) {
            context.session().deselect();
            context.untaggedOk(ResponseCode.closed(), "Previous mailbox closed");
        }
        MailFolder folder = context.folders().find(name).orElse(null);
        if (folder == null) {
            return CommandResult.no(ResponseCode.nonExistent(), "No such mailbox");
        }
        MailService mail = context.mail();
        SelectedMailbox mailbox = new SelectedMailbox(name, readOnly, mail.sync(folder.id()),
                context.services().recentClaims().of(context.session().credentials().userName(), folder.id()));
        String user = context.session().credentials().userName();
        context.session().select(mailbox, MailboxWatch.open(mail, mailbox), mail,
                context.services().openMailboxes().open(user, mailbox));
        context.write(mailbox.flagsAnnouncement());
        context.write(List.of(new UntaggedResponse.Exists(mailbox.exists()),
                new UntaggedResponse.Recent(mailbox.recentCount())));
        if (mailbox.firstUnseen().isPresent()) {
            context.untaggedOk(ResponseCode.unseen(mailbox.firstUnseen().get()), "First unseen");
        }
        context.untaggedOk(ResponseCode.uidValidity(mailbox.uidValidity()), "UIDs valid");
        context.untaggedOk(ResponseCode.uidNext(mailbox.uidNext()), "Predicted next UID");
        if (mailbox.condstore()) {
            context.untaggedOk(ResponseCode.highestModSeq(Math.max(1, mailbox.highestModSeq())), "Highest");
        }
        if (parameters.qresync().isPresent() && parameters.qresync().get().uidValidity() == mailbox.uidValidity()) {
            resynchronise(context, mailbox, parameters.qresync().get());
        }
        return CommandResult.ok(readOnly ? ResponseCode.readOnly() : ResponseCode.readWrite(),
                request.name() + " completed");
    }

    /**
     * What changed since the client's last known state (RFC 7162 3.2.5): its expunged UIDs as
     * VANISHED (EARLIER), then UID, FLAGS and MODSEQ of every known message changed since.
     */
    private static void resynchronise(CommandContext context, SelectedMailbox mailbox,
            SelectParameters.Qresync known) throws BackendException, IOException {
        SequenceSet knownUids = known.knownUids().orElse(ALL_UIDS);
        Optional<UntaggedResponse> vanished = VanishedEarlier.since(context, mailbox, known.modSeq(), knownUids,
                known.seqMatch());
        if (vanished.isPresent()) {
            context.write(vanished.get());
        }
        List<MessageRef> messages = mailbox.all();
        long highestUid = messages.isEmpty() ? 0 : messages.get(messages.size() - 1).uid();
        for (MessageRef message : messages) {
            if (message.summary().modSeq() > known.modSeq() && knownUids.contains(message.uid(), highestUid)) {
                context.write(mailbox.flagsResponse(message.sequenceNumber(), message.summary(), true));
            }
        }
    }
}
