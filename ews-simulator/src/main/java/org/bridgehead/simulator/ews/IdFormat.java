package org.bridgehead.simulator.ews;

import java.util.Arrays;
import java.util.Optional;

/** The id formats ConvertId translates between, by their EWS names. */
enum IdFormat {
    EWS_ID("EwsId"),
    EWS_LEGACY_ID("EwsLegacyId"),
    ENTRY_ID("EntryId"),
    HEX_ENTRY_ID("HexEntryId"),
    OWA_ID("OwaId"),
    STORE_ID("StoreId");

    private final String ewsName;

    IdFormat(String ewsName) {
        this.ewsName = ewsName;
    }

    String ewsName() {
        return ewsName;
    }

    static Optional<IdFormat> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.ewsName.equalsIgnoreCase(name)).findFirst();
    }
}
