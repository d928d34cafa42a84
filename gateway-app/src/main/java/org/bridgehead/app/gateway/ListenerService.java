package org.bridgehead.app.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.bridgehead.config.Setting;

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
    private final Setting<Integer> portSetting;
    private final Starter starter;
    private Started started;

    ListenerService(String name, Setting<Integer> portSetting, Starter starter) {
        this.name = name;
        this.portSetting = portSetting;
        this.starter = starter;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Setting<Integer> portSetting() {
        return portSetting;
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
