package org.bridgehead.simulator.store;

/**
 * The MAPI property ids the store derives or interprets for items. Others, such as the last verb
 * executed (0x1081) and its time (0x1082), are kept as clients set them.
 */
public final class MapiTags {
    public static final int PR_IMPORTANCE = 0x0017;
    public static final int PR_MESSAGE_CLASS = 0x001A;
    public static final int PR_SUBJECT = 0x0037;
    public static final int PR_CLIENT_SUBMIT_TIME = 0x0039;
    public static final int PR_TRANSPORT_MESSAGE_HEADERS = 0x007D;
    public static final int PR_MESSAGE_DELIVERY_TIME = 0x0E06;
    public static final int PR_MESSAGE_FLAGS = 0x0E07;
    public static final int PR_MESSAGE_SIZE = 0x0E08;
    public static final int PR_INTERNET_ARTICLE_NUMBER = 0x0E23;
    public static final int PR_FLAG_STATUS = 0x1090;
    public static final int PR_INTERNET_MESSAGE_ID = 0x1035;
    public static final int PR_CREATION_TIME = 0x3007;
    public static final int PR_LAST_MODIFICATION_TIME = 0x3008;

    /** PR_MESSAGE_FLAGS bits. */
    public static final int MSGFLAG_READ = 0x1;
    public static final int MSGFLAG_UNSENT = 0x8;
    public static final int MSGFLAG_HASATTACH = 0x10;

    private MapiTags() {
    }
}
