package org.bridgehead.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FolderPathTest {

    @Test
    void childJoinsNamesWithSlash() {
        assertEquals("Inbox", FolderPath.child("", "Inbox"));
        assertEquals("Inbox/Projects", FolderPath.child("Inbox", "Projects"));
    }

    @Test
    void slashAndPercentInNamesAreEscaped() {
        assertEquals("Inbox/Q1%2FQ2 %25 done", FolderPath.child("Inbox", "Q1/Q2 % done"));
    }

    @Test
    void namesSplitBackIntoTheOriginalDisplayNames() {
        String path = FolderPath.child(FolderPath.child("", "a/b"), "100%2F");

        assertEquals(List.of("a/b", "100%2F"), FolderPath.names(path));
        assertEquals(List.of(), FolderPath.names(""));
    }
}
