package org.bridgehead.app.gateway;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.bridgehead.caldav.server.CaldavServer;
import org.bridgehead.caldav.server.CaldavServerOptions;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;
import org.bridgehead.config.TlsSettings;
import org.bridgehead.net.tls.ListenerTls;
import org.bridgehead.net.tls.ServerTls;
import org.bridgehead.exchange.ExchangeBackend;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.imap.server.ImapServer;
import org.bridgehead.ldap.server.LdapServer;
import org.bridgehead.ldap.server.LdapServerOptions;
import org.bridgehead.imap.server.ImapServerOptions;
import org.bridgehead.smtp.exchange.ExchangeSubmitter;
import org.bridgehead.smtp.server.SmtpServer;
import org.bridgehead.smtp.server.SmtpServerOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops the gateway's protocol services as one unit: either all of them listen, or
 * none does and the ones already started are stopped again.
 */
public final class Gateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private final List<ProtocolService> services;
    private final List<AutoCloseable> sharedResources;
    private final Deque<ProtocolService> started = new ArrayDeque<>();

    /**
     * @param sharedResources closed after every service has stopped (the session cache the
     *                        services share, the backend)
     */
    public Gateway(List<ProtocolService> services, List<AutoCloseable> sharedResources) {
        this.services = List.copyOf(services);
        this.sharedResources = List.copyOf(sharedResources);
    }

    /**
     * The gateway of this build, every protocol service wired to {@code backend} through one
     * session cache, so a user's Exchange session serves all their connections. Each plain port
     * offers STARTTLS with {@code tls}; an implicit-TLS port (IMAPS, SMTPS, LDAPS, HTTPS for CalDAV) listens when its
     * setting names one, served by the same server as its plain port. This is the one place where
     * services are registered.
     */
    public static Gateway forBackend(ExchangeBackend backend, Settings settings, ServerTls tls) {
        SessionCache sessions = new SessionCache(backend, settings.get(BridgeheadSettings.SESSION_IDLE_TIMEOUT),
                settings.get(BridgeheadSettings.SESSION_MAX));
        List<ProtocolService> services = new ArrayList<>();
        addImap(services, settings, sessions, tls);
        addSmtp(services, settings, sessions, tls);
        if (settings.get(BridgeheadSettings.LDAP_ENABLED)) {
            addLdap(services, settings, sessions, tls);
        }
        addCaldav(services, settings, sessions, tls);
        return new Gateway(services, List.of(sessions, backend));
    }

    private static void addImap(List<ProtocolService> services, Settings settings, SessionCache sessions,
            ServerTls tls) {
        AtomicReference<ImapServer> plain = new AtomicReference<>();
        ListenerTls offered = ListenerTls.offered(tls, settings.get(TlsSettings.IMAP_REQUIRED));
        services.add(new ListenerService("imap", BridgeheadSettings.IMAP_PORT, settings, (bindAddress, port) -> {
            ImapServerOptions options = ImapServerOptions.from(settings).withAddress(bindAddress, port);
            ImapServer server = new ImapServer(options, sessions, offered).start();
            plain.set(server);
            return new ListenerService.Started(server.localAddress(), server::close);
        }));
        ListenerService.ifConfigured("imaps", TlsSettings.IMAPS_PORT, settings, (bindAddress, port) -> {
            ImapServer server = plain.get().withImplicitTls(tls, bindAddress, port).start();
            return new ListenerService.Started(server.localAddress(), server::close);
        }).ifPresent(services::add);
    }

    private static void addSmtp(List<ProtocolService> services, Settings settings, SessionCache sessions,
            ServerTls tls) {
        AtomicReference<SmtpServer> plain = new AtomicReference<>();
        ListenerTls offered = ListenerTls.offered(tls, settings.get(TlsSettings.SMTP_REQUIRED));
        services.add(new ListenerService("smtp", BridgeheadSettings.SMTP_PORT, settings, (bindAddress, port) -> {
            SmtpServerOptions options = SmtpServerOptions.from(settings).withAddress(bindAddress, port);
            ExchangeSubmitter submitter = new ExchangeSubmitter(sessions,
                    settings.get(BridgeheadSettings.SMTP_SAVE_IN_SENT));
            SmtpServer server = new SmtpServer(options, submitter, offered).start();
            plain.set(server);
            return new ListenerService.Started(server.localAddress(), server::close);
        }));
        ListenerService.ifConfigured("smtps", TlsSettings.SMTPS_PORT, settings, (bindAddress, port) -> {
            SmtpServer server = plain.get().withImplicitTls(tls, bindAddress, port).start();
            return new ListenerService.Started(server.localAddress(), server::close);
        }).ifPresent(services::add);
    }

    private static void addLdap(List<ProtocolService> services, Settings settings, SessionCache sessions,
            ServerTls tls) {
        AtomicReference<LdapServer> plain = new AtomicReference<>();
        ListenerTls offered = ListenerTls.offered(tls, settings.get(TlsSettings.LDAP_REQUIRED));
        services.add(new ListenerService("ldap", BridgeheadSettings.LDAP_PORT, settings, (bindAddress, port) -> {
            LdapServerOptions options = LdapServerOptions.from(settings).withAddress(bindAddress, port);
            LdapServer server = new LdapServer(options, sessions, offered).start();
            plain.set(server);
            return new ListenerService.Started(server.localAddress(), server::close);
        }));
        ListenerService.ifConfigured("ldaps", TlsSettings.LDAPS_PORT, settings, (bindAddress, port) -> {
            LdapServer server = plain.get().withImplicitTls(tls, bindAddress, port).start();
            return new ListenerService.Started(server.localAddress(), server::close);
        }).ifPresent(services::add);
    }

    private static void addCaldav(List<ProtocolService> services, Settings settings, SessionCache sessions,
            ServerTls tls) {
        AtomicReference<CaldavServer> plain = new AtomicReference<>();
        services.add(new ListenerService("caldav", BridgeheadSettings.CALDAV_PORT, settings, (bindAddress, port) -> {
            CaldavServerOptions options = CaldavServerOptions.from(settings).withAddress(bindAddress, port);
            CaldavServer server = new CaldavServer(options, sessions).start();
            plain.set(server);
            return new ListenerService.Started(server.localAddress(), server::close);
        }));
        CaldavServer.Https https = new CaldavServer.Https(tls.sslContext(), List.of(tls.protocols()));
        ListenerService.ifConfigured("caldavs", TlsSettings.CALDAVS_PORT, settings, (bindAddress, port) -> {
            CaldavServer server = plain.get().withHttps(https, bindAddress, port).start();
            return new ListenerService.Started(server.localAddress(), server::close);
        }).ifPresent(services::add);
    }

    /**
     * Starts every service on {@code bindAddress} at the port its setting names.
     *
     * @return where each service listens, in start order
     * @throws PortInUseException when a port is taken; nothing is left listening
     */
    public synchronized List<Listening> start(InetAddress bindAddress, Settings settings) throws IOException {
        List<Listening> listening = new ArrayList<>();
        try {
            for (ProtocolService service : services) {
                listening.add(new Listening(service.name(), startOne(service, bindAddress, settings)));
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
        return List.copyOf(listening);
    }

    private InetSocketAddress startOne(ProtocolService service, InetAddress bindAddress, Settings settings)
            throws IOException {
        int port = service.port(settings);
        try {
            InetSocketAddress address = service.start(bindAddress, port);
            started.push(service);
            return address;
        } catch (BindException e) {
            throw new PortInUseException(bindAddress.getHostAddress(), port, service.portSetting().key(), e);
        }
    }

    /** Stops the started services, most recent first, then releases what they shared. */
    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            started.pop().stop();
        }
        for (AutoCloseable resource : sharedResources) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", resource, e.toString());
            }
        }
    }

    @Override
    public String toString() {
        return "gateway";
    }
}
