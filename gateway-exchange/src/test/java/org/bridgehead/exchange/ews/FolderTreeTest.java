package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.SpecialUse;
import org.junit.jupiter.api.Test;

class FolderTreeTest {

    private static final WellKnownFolders KNOWN =
            new WellKnownFolders("root", Map.of("inbox", SpecialUse.INBOX, "sent", SpecialUse.SENT));

    private static FolderRow row(String id, String parentId, String name, String folderClass) {
        return new FolderRow(id, parentId, name, folderClass, 3, 1, 0);
    }

    @Test
    void foldersComeDepthFirstWithSiblingsByName() {
        List<FolderRow> rows = List.of(
                row("sent", "root", "Sent Items", "IPF.Note"),
                row("p2", "inbox", "zeta", "IPF.Note"),
                row("inbox", "root", "Inbox", "IPF.Note"),
                row("p1", "inbox", "Alpha", "IPF.Note"),
                row("p1a", "p1", "Deep", "IPF.Note"));

        List<String> paths = FolderTree.mailFolders(rows, KNOWN).stream().map(MailFolder::path).toList();

        assertEquals(List.of("Inbox", "Inbox/Alpha", "Inbox/Alpha/Deep", "Inbox/zeta", "Sent Items"), paths);
    }

    @Test
    void topLevelFoldersHaveNoParentAndSubfoldersLinkToTheirParent() {
        List<MailFolder> folders = FolderTree.mailFolders(List.of(
                row("inbox", "root", "Inbox", "IPF.Note"),
                row("p1", "inbox", "Projects", "IPF.Note")), KNOWN);

        assertNull(folders.get(0).parentId());
        assertTrue(folders.get(0).isTopLevel());
        assertEquals("inbox", folders.get(1).parentId());
    }

    @Test
    void rolesComeFromTheWellKnownFolderIds() {
        List<MailFolder> folders = FolderTree.mailFolders(List.of(
                row("inbox", "root", "Posteingang", "IPF.Note"),
                row("other", "root", "Sent Items", "IPF.Note")), KNOWN);

        assertEquals("Posteingang", folders.get(0).displayName());
        assertEquals(SpecialUse.INBOX, folders.get(0).role());
        assertEquals(SpecialUse.NONE, folders.get(1).role());
    }

    @Test
    void nonMailFoldersAreLeftOutButKeepTheirPlaceInPaths() {
        List<MailFolder> folders = FolderTree.mailFolders(List.of(
                row("cal", "root", "Calendar", "IPF.Appointment"),
                row("mailInCal", "cal", "Notes/Mail", "IPF.Note.Custom"),
                row("contacts", "root", "Contacts", "IPF.Contact"),
                row("plain", "root", "Plain", "")), KNOWN);

        assertEquals(List.of("Calendar/Notes%2FMail", "Plain"), folders.stream().map(MailFolder::path).toList());
        assertEquals("cal", folders.get(0).parentId());
    }

    @Test
    void foldersOutsideTheRootAreIgnored() {
        List<MailFolder> folders = FolderTree.mailFolders(List.of(
                row("inbox", "root", "Inbox", "IPF.Note"),
                row("orphan", "elsewhere", "Orphan", "IPF.Note")), KNOWN);

        assertEquals(List.of("Inbox"), folders.stream().map(MailFolder::path).toList());
    }
}
