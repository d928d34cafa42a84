package org.bridgehead.app.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.bridgehead.config.Setting;
import org.bridgehead.config.Settings;

/** A protocol server as one of the gateway's services: its name, its port setting and how to start it. */
final class ListenerService implements ProtocolService {

    /** A started server: where it listens and how to stop it. */
    record Started(InetSocketAddress address, Runnable stop) {
    }

    /** Starts the protocol's server on an address (port 0: any free port). */
    @FunctionalInterface
    interface Starter {
        Started start(InetAddress bindAddress, int port) throws IOException;
    }

    private final String name;
    private final Setting<?> portSetting;
    private final int configuredPort;
    private final Starter starter;
    private Started started;

    ListenerService(String name, Setting<Integer> portSetting, Settings settings, Starter starter) {
        this(name, portSetting, settings.get(portSetting), starter);
    }

    private ListenerService(String name, Setting<?> portSetting, int configuredPort, Starter starter) {
        this.name = name;
        this.portSetting = portSetting;
        this.configuredPort = configuredPort;
        this.starter = starter;
    }

    /** A service on a port that may be switched off (an implicit-TLS port); empty when it is off. */
    static Optional<ProtocolService> ifConfigured(String name, Setting<Optional<Integer>> portSetting,
            Settings settings, Starter starter) {
        return settings.get(portSetting).map(port -> new ListenerService(name, portSetting, port, starter));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Setting<?> portSetting() {
        return portSetting;
    }

    @Override
    public int port(Settings settings) {
        return configuredPort;
    }

    @Override
    public InetSocketAddress start(InetAddress bindAddress, int port) throws IOException {
        started = starter.start(bindAddress, port);
        return started.address();
    }

    @Override
    public void stop() {
        if (started != null) {
            started.stop().run();
        }
    }
}
