package org.bridgehead.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code version.properties} at build time. */
final class BridgeheadVersion implements IVersionProvider {

    private static final String RESOURCE = "/org/bridgehead/app/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"bridgehead " + version()};
    }

    static String version() {
        try (InputStream in = BridgeheadVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
