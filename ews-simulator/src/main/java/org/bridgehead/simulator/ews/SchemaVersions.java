package org.bridgehead.simulator.ews;

import java.util.List;

/** The RequestServerVersion values in order, to tell whether a request's schema has an element. */
final class SchemaVersions {
    private static final List<String> ORDER = List.of("Exchange2007", "Exchange2007_SP1", "Exchange2010",
            "Exchange2010_SP1", "Exchange2010_SP2", "Exchange2013", "Exchange2013_SP1", "Exchange2015",
            "Exchange2016", "V2015_10_05", "V2016_01_06", "V2016_04_13", "V2016_07_13", "V2016_10_10",
            "V2017_01_07", "V2017_04_14", "V2017_07_11", "V2017_10_09", "V2018_01_08");

    private SchemaVersions() {
    }

    /** Whether {@code version} is {@code minimum} or later; an unknown (newer) version is later than all. */
    static boolean atLeast(String version, String minimum) {
        return rank(version == null ? "Exchange2007_SP1" : version) >= rank(minimum);
    }

    private static int rank(String version) {
        int i = ORDER.indexOf(version);
        return i < 0 ? ORDER.size() : i;
    }
}
