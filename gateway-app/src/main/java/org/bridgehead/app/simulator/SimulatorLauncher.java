package org.bridgehead.app.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.bridgehead.app.gateway.PortInUseException;
import org.bridgehead.app.tls.GatewayCertificate;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;
import org.bridgehead.config.SignInSettings;
import org.bridgehead.net.tls.ServerTls;
import org.bridgehead.simulator.AuthScheme;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.SmtpInBindException;
import org.bridgehead.simulator.notify.NotificationSettings;
import org.bridgehead.simulator.oauth.OAuthSettings;
import org.bridgehead.simulator.store.MailLimits;
import org.bridgehead.simulator.store.SimulatorStore;

/**
 * Starts the EWS simulator as the {@code bridgehead.simulator.*} settings describe: EWS and the
 * identity provider over HTTP (or HTTPS with the listeners' certificate), the inbound SMTP listener
 * (smtp-in) and, when a smart host is set, the relay of outside mail.
 */
public final class SimulatorLauncher {

    private SimulatorLauncher() {
    }

    private static final long MIB = 1024L * 1024;

    /** A CreateItem request carries the message base64-encoded (4/3 of its size) plus its envelope. */
    private static int requestBytesFor(long maxMessageBytes) {
        long needed = maxMessageBytes / 3 * 4 + 4 * MIB;
        return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(64 * MIB, needed));
    }

    /**
     * @param store the mailboxes to serve
     * @throws PortInUseException when {@code bridgehead.simulator.port} or {@code bridgehead.simulator.smtp.port}
     *                            is taken
     * @throws IOException        when HTTPS is asked for and the certificate cannot be read or made
     */
    public static EwsSimulator start(Settings settings, SimulatorStore store) throws PortInUseException, IOException {
        NotificationSettings d = NotificationSettings.DEFAULT;
        long maxMessageBytes = settings.get(BridgeheadSettings.SIMULATOR_MAX_MESSAGE_MB) * MIB;
        store.setLimits(new MailLimits(maxMessageBytes, store.limits().mailboxQuotaBytes()));
        int threads = settings.get(BridgeheadSettings.SIMULATOR_THREADS);
        SimulatorOptions options = SimulatorOptions.builder()
                .maxThreads(threads)
                .maxRequestBytes(requestBytesFor(maxMessageBytes))
                .bindAddress(settings.get(BridgeheadSettings.SIMULATOR_BIND))
                .port(settings.get(BridgeheadSettings.SIMULATOR_PORT))
                .latencyMs(settings.get(BridgeheadSettings.SIMULATOR_LATENCY_MS))
                .faultRate(settings.get(BridgeheadSettings.SIMULATOR_FAULT_RATE))
                .authScheme(AuthScheme.valueOf(settings.get(BridgeheadSettings.SIMULATOR_AUTH).name()))
                .smtpPort(settings.get(BridgeheadSettings.SIMULATOR_SMTP_PORT))
                .smartHost(settings.get(BridgeheadSettings.SIMULATOR_SMARTHOST))
                .notifications(new NotificationSettings(settings.get(BridgeheadSettings.SIMULATOR_KEEPALIVE).toMillis(),
                        // Each held-open request holds a thread: half of them stay for ordinary requests.
                        d.minuteMillis(), Math.max(1, threads / 2), d.maxStreamingConnectionsPerUser(),
                        d.maxSubscriptionsPerUser(), d.maxQueuedEvents()))
                .oauth(OAuthSettings.DEFAULT.withLifetimes(settings.get(SignInSettings.SIMULATOR_ACCESS_LIFETIME),
                        settings.get(SignInSettings.SIMULATOR_REFRESH_LIFETIME)))
                .tls(settings.get(SignInSettings.SIMULATOR_TLS)
                        ? ServerTls.of(GatewayCertificate.load(settings).certificate()).sslContext() : null)
                .build();
        try {
            return EwsSimulator.start(options, store);
        } catch (SmtpInBindException e) {
            if (e.getCause() instanceof BindException taken) {
                throw new PortInUseException(options.bindAddress(), options.smtpPort(),
                        BridgeheadSettings.SIMULATOR_SMTP_PORT.key(), taken);
            }
            throw e;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof BindException taken) {
                throw new PortInUseException(options.bindAddress(), options.port(),
                        BridgeheadSettings.SIMULATOR_PORT.key(), taken);
            }
            throw e;
        }
    }

    /**
     * What a command announces once the simulator runs, one line each:
     * {@code simulator ews on URL} and {@code simulator smtp-in on HOST:PORT}.
     */
    public static List<String> announcements(EwsSimulator simulator) {
        List<String> lines = new ArrayList<>();
        lines.add("simulator ews on " + simulator.ewsUrl());
        simulator.smtpInAddress().ifPresent(a -> lines.add("simulator smtp-in on " + hostAndPort(a)));
        return List.copyOf(lines);
    }

    private static String hostAndPort(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}
