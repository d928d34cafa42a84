package org.bridgehead.app.gateway;

import java.io.IOException;

/** A listener could not bind because another process holds the port. */
public final class PortInUseException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * @param host       the address the listener tried to bind
     * @param port       the port that is taken
     * @param settingKey the setting that chooses another port
     */
    public PortInUseException(String host, int port, String settingKey, Throwable cause) {
        super("port " + port + " on " + host + " is already in use; choose another with --set "
                + settingKey + "=PORT", cause);
    }
}
