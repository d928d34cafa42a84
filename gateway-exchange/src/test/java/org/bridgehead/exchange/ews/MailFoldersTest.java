package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.SpecialUse;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.NewItem;
import org.junit.jupiter.api.Test;

class MailFoldersTest extends DemoMailboxTest {

    @Test
    void folderListIsServedFromCacheUntilChanged() throws Exception {
        MailFolder inbox = fixture.mail().folder("Inbox");
        assertEquals(SpecialUse.INBOX, inbox.role());
        fixture.resetCalls();

        fixture.mail().folders();
        fixture.mail().folder("Inbox");

        assertEquals(0, fixture.totalCalls());
    }

    @Test
    void aRefreshAsksOnlyForWhatChangedInOneCall() throws Exception {
        MailFolder inbox = fixture.mail().folder("Inbox");
        Mailbox mailbox = fixture.mailbox(SimulatedExchange.ALICE);
        mailbox.createFolder(mailbox.folder(DistinguishedFolder.MSG_FOLDER_ROOT).number(), "Made elsewhere",
                "IPF.Note");
        mailbox.createItem(mailbox.folder(DistinguishedFolder.INBOX).number(),
                NewItem.of(MailFixture.message("counted")).withRead(false));
        fixture.resetCalls();

        fixture.mail().createFolder("Made here");
        List<MailFolder> folders = fixture.mail().folders();

        assertEquals(1, fixture.calls("CreateFolder"));
        assertEquals(1, fixture.calls("SyncFolderHierarchy"));
        assertEquals(2, fixture.totalCalls());
        assertTrue(folders.stream().anyMatch(f -> f.path().equals("Made elsewhere")));
        assertTrue(folders.stream().anyMatch(f -> f.path().equals("Made here")));
        MailFolder inboxNow = fixture.mail().folder("Inbox");
        assertEquals(inbox.totalCount() + 1, inboxNow.totalCount());
        assertEquals(inbox.unreadCount() + 1, inboxNow.unreadCount());
    }

    @Test
    void createdRenamedAndDeletedFoldersShowInTheList() throws Exception {
        MailFolder created = fixture.mail().createFolder("Inbox/Quarterly");
        assertEquals("Inbox/Quarterly", created.path());
        assertEquals(created.id(), fixture.mail().folder("Inbox/Quarterly").id());

        MailFolder renamed = fixture.mail().renameFolder(created.id(), "Inbox/Quarterlies");
        assertEquals("Inbox/Quarterlies", renamed.path());
        assertEquals(renamed.id(), fixture.mail().folder("Inbox/Quarterlies").id());

        MailFolder moved = fixture.mail().renameFolder(renamed.id(), "Quarterlies 2026");
        assertEquals(moved.id(), fixture.mail().folder("Quarterlies 2026").id());
        assertTrue(moved.isTopLevel());
        assertThrows(NotFoundException.class, () -> fixture.mail().folder("Inbox/Quarterlies"));

        fixture.mail().deleteFolder(moved.id());
        assertThrows(NotFoundException.class, () -> fixture.mail().folder("Quarterlies 2026"));
    }
}
