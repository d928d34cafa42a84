package org.bridgehead.app.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Consumer;
import org.bridgehead.app.gateway.Gateway;
import org.bridgehead.app.gateway.Listening;
import org.bridgehead.app.tls.GatewayCertificate;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;
import org.bridgehead.net.tls.ServerTls;

/** Starts the gateway's listeners against the configured Exchange, for {@code run} and {@code demo}. */
final class GatewayStartup {

    private GatewayStartup() {
    }

    /**
     * @param report receives one line per listener
     * @return the started gateway, to be closed at shutdown
     */
    static Gateway start(Settings settings, Consumer<String> report) throws IOException, CommandFailedException {
        URI endpoint = EwsEndpoint.required(settings);
        GatewayCertificate.Loaded certificate;
        try {
            certificate = GatewayCertificate.load(settings);
        } catch (IOException e) {
            throw new CommandFailedException(ExitCodes.INVALID_INPUT, "TLS certificate: " + e.getMessage());
        }
        if (certificate.madeNow()) {
            report.accept("made a self-signed certificate for localhost: " + certificate.file());
        }
        Gateway gateway = Gateway.forBackend(ExchangeBackends.fromSettings(settings, endpoint), settings,
                ServerTls.of(certificate.certificate()));
        List<Listening> listening = gateway.start(bindAddress(settings), settings);
        listening.forEach(listener -> report.accept(listener.name() + " listening on " + listener.hostAndPort()));
        return gateway;
    }

    private static InetAddress bindAddress(Settings settings) throws CommandFailedException {
        String host = settings.get(BridgeheadSettings.BIND);
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CommandFailedException(ExitCodes.INVALID_INPUT,
                    "cannot listen on " + BridgeheadSettings.BIND.key() + "=" + host + ": unknown host");
        }
    }
}
