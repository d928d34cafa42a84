package org.bridgehead.simulator.store;

import java.util.Arrays;
import java.util.Optional;

/** A message property that EWS names in text and MAPI stores as a number. */
interface EwsNamedValue {

    String ewsName();

    int mapiValue();

    /** The constant whose EWS name is {@code name}, ignoring case as Exchange does. */
    static <E extends Enum<E> & EwsNamedValue> Optional<E> byEwsName(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.ewsName().equalsIgnoreCase(name)).findFirst();
    }

    static <E extends Enum<E> & EwsNamedValue> Optional<E> byMapiValue(Class<E> type, long value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.mapiValue() == value).findFirst();
    }
}
