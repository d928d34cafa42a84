package org.bridgehead.app.gateway;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.bridgehead.config.Settings;
import org.bridgehead.exchange.ExchangeBackend;

/**
 * Starts and stops the gateway's protocol services as one unit: either all of them listen, or
 * none does and the ones already started are stopped again.
 */
public final class Gateway implements AutoCloseable {

    private final List<ProtocolService> services;
    private final Deque<ProtocolService> started = new ArrayDeque<>();

    public Gateway(List<ProtocolService> services) {
        this.services = List.copyOf(services);
    }

    /**
     * The gateway of this build, every protocol service wired to {@code backend}. This is the one
     * place where services are registered. None is yet: a protocol joins this list once its
     * server and its adapter to the backend API both exist.
     */
    public static Gateway forBackend(ExchangeBackend backend) {
        return new Gateway(List.of());
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
        int port = settings.get(service.portSetting());
        try {
            InetSocketAddress address = service.start(bindAddress, port);
            started.push(service);
            return address;
        } catch (BindException e) {
            throw new PortInUseException(bindAddress.getHostAddress(), port, service.portSetting().key(), e);
        }
    }

    /** Stops the started services, most recent first. */
    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            started.pop().stop();
        }
    }

    @Override
    public String toString() {
        return "gateway";
    }
}
