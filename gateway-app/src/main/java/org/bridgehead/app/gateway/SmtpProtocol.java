package org.bridgehead.app.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Setting;
import org.bridgehead.config.Settings;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.smtp.exchange.ExchangeSubmitter;
import org.bridgehead.smtp.server.SmtpServer;
import org.bridgehead.smtp.server.SmtpServerOptions;

/** The SMTP submission listener as one of the gateway's services, sending through Exchange. */
final class SmtpProtocol implements ProtocolService {

    private final Settings settings;
    private final SessionCache sessions;
    private SmtpServer server;

    SmtpProtocol(Settings settings, SessionCache sessions) {
        this.settings = settings;
        this.sessions = sessions;
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public Setting<Integer> portSetting() {
        return BridgeheadSettings.SMTP_PORT;
    }

    @Override
    public InetSocketAddress start(InetAddress bindAddress, int port) throws IOException {
        SmtpServerOptions options = SmtpServerOptions.from(settings).withAddress(bindAddress, port);
        ExchangeSubmitter submitter = new ExchangeSubmitter(sessions,
                settings.get(BridgeheadSettings.SMTP_SAVE_IN_SENT), options);
        server = new SmtpServer(options, submitter).start();
        return server.localAddress();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
