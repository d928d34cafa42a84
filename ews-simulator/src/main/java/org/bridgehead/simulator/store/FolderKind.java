package org.bridgehead.simulator.store;

/** The kind of a folder, which decides the EWS element it is written as and what it holds. */
public enum FolderKind {
    MAIL,
    CALENDAR,
    CONTACTS,
    TASKS,
    SEARCH;

    /** The kind Exchange gives a folder of this container class (IPF.Appointment ... ). */
    public static FolderKind forFolderClass(String folderClass) {
        if (folderClass == null) {
            return MAIL;
        }
        if (startsWith(folderClass, "IPF.Appointment")) {
            return CALENDAR;
        }
        if (startsWith(folderClass, "IPF.Contact")) {
            return CONTACTS;
        }
        if (startsWith(folderClass, "IPF.Task")) {
            return TASKS;
        }
        return MAIL;
    }

    private static boolean startsWith(String folderClass, String prefix) {
        return folderClass.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
