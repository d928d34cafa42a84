package org.bridgehead.config;

import java.nio.file.Path;

/**
 * Where a setting's value came from.
 *
 * @param label    as listed by {@code bridgehead config}: "file /path:3", "environment BRIDGEHEAD_X"
 * @param location as quoted in messages after "from": "/path:3", "environment BRIDGEHEAD_X"
 */
record Origin(String label, String location) {

    static final Origin DEFAULT = new Origin("default", "default");
    static final Origin COMMAND_LINE = new Origin("--set", "--set");

    static Origin file(Path file, int line) {
        String place = file + ":" + line;
        return new Origin("file " + place, place);
    }

    static Origin environment(String variable) {
        String place = "environment " + variable;
        return new Origin(place, place);
    }
}
