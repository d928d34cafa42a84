package org.bridgehead.simulator.store;

import java.util.Arrays;
import java.util.Optional;

/** A message's follow-up flag, with its EWS name and its PR_FLAG_STATUS (0x1090) value. */
public enum FlagStatus {
    NOT_FLAGGED("NotFlagged", 0),
    COMPLETE("Complete", 1),
    FLAGGED("Flagged", 2);

    private final String ewsName;
    private final int mapiValue;

    FlagStatus(String ewsName, int mapiValue) {
        this.ewsName = ewsName;
        this.mapiValue = mapiValue;
    }

    public String ewsName() {
        return ewsName;
    }

    public int mapiValue() {
        return mapiValue;
    }

    public static Optional<FlagStatus> byEwsName(String name) {
        return Arrays.stream(values()).filter(f -> f.ewsName.equalsIgnoreCase(name)).findFirst();
    }

    /** The status of a PR_FLAG_STATUS value; unknown values mean not flagged, as Outlook reads them. */
    public static FlagStatus byMapiValue(long value) {
        return Arrays.stream(values()).filter(f -> f.mapiValue == value).findFirst().orElse(NOT_FLAGGED);
    }
}
