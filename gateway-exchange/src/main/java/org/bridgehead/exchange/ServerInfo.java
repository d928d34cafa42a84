package org.bridgehead.exchange;

import java.util.Objects;

/**
 * What the server says it is.
 *
 * @param productVersion the build, e.g. {@code 15.1.2507.6}
 * @param schemaVersion  the protocol schema, e.g. {@code V2017_07_11} or {@code Exchange2016}
 */
public record ServerInfo(String productVersion, String schemaVersion) {

    public ServerInfo {
        Objects.requireNonNull(productVersion, "productVersion");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
    }
}
