package org.bridgehead.app.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Setting;
import org.bridgehead.config.Settings;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.imap.server.ImapServer;
import org.bridgehead.imap.server.ImapServerOptions;

/** The IMAP listener as one of the gateway's services. */
final class ImapProtocol implements ProtocolService {

    private final Settings settings;
    private final SessionCache sessions;
    private ImapServer server;

    ImapProtocol(Settings settings, SessionCache sessions) {
        this.settings = settings;
        this.sessions = sessions;
    }

    @Override
    public String name() {
        return "imap";
    }

    @Override
    public Setting<Integer> portSetting() {
        return BridgeheadSettings.IMAP_PORT;
    }

    @Override
    public InetSocketAddress start(InetAddress bindAddress, int port) throws IOException {
        ImapServerOptions options = ImapServerOptions.from(settings).withAddress(bindAddress, port);
        server = new ImapServer(options, sessions).start();
        return server.localAddress();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
