package org.bridgehead.simulator.store;

import java.util.Optional;

/** A message's follow-up flag, with its EWS name and its PR_FLAG_STATUS (0x1090) value. */
public enum FlagStatus implements EwsNamedValue {
    NOT_FLAGGED("NotFlagged", 0),
    COMPLETE("Complete", 1),
    FLAGGED("Flagged", 2);

    private final String ewsName;
    private final int mapiValue;

    FlagStatus(String ewsName, int mapiValue) {
        this.ewsName = ewsName;
        this.mapiValue = mapiValue;
    }

    @Override
    public String ewsName() {
        return ewsName;
    }

    @Override
    public int mapiValue() {
        return mapiValue;
    }

    public static Optional<FlagStatus> byEwsName(String name) {
        return EwsNamedValue.byEwsName(FlagStatus.class, name);
    }

    /** The status of a PR_FLAG_STATUS value; unknown values mean not flagged, as Outlook reads them. */
    public static FlagStatus byMapiValue(long value) {
        return EwsNamedValue.byMapiValue(FlagStatus.class, value).orElse(NOT_FLAGGED);
    }
}
