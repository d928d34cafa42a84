package org.bridgehead.simulator.store;

import java.util.Optional;

/** A message's importance, with its EWS name and PR_IMPORTANCE (0x0017) value. */
public enum Importance implements EwsNamedValue {
    LOW("Low", 0),
    NORMAL("Normal", 1),
    HIGH("High", 2);

    private final String ewsName;
    private final int mapiValue;

    Importance(String ewsName, int mapiValue) {
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

    public static Optional<Importance> byEwsName(String name) {
        return EwsNamedValue.byEwsName(Importance.class, name);
    }
}
