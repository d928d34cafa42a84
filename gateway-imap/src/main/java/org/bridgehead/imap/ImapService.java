package org.bridgehead.imap;

import java.io.IOException;
import org.bridgehead.config.Settings;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.imap.server.ImapServer;
import org.bridgehead.imap.server.ImapServerOptions;

/** The entry point the application wires: an IMAP server configured by the settings. */
public final class ImapService {

    private ImapService() {
    }

    /**
     * Starts the IMAP listener on {@code bridgehead.bind} : {@code bridgehead.imap.port}; the
     * caller closes the returned server (before closing {@code sessions}).
     */
    public static ImapServer start(Settings settings, SessionCache sessions) throws IOException {
        return new ImapServer(ImapServerOptions.from(settings), sessions).start();
    }
}
