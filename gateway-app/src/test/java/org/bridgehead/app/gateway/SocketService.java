package org.bridgehead.app.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.bridgehead.config.Setting;

/** A protocol service that only listens: enough to prove how the gateway starts and stops services. */
final class SocketService implements ProtocolService {

    private final String name;
    private final Setting<Integer> portSetting;
    private ServerSocket socket;

    SocketService(String name, Setting<Integer> portSetting) {
        this.name = name;
        this.portSetting = portSetting;
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
    public int port(org.bridgehead.config.Settings settings) {
        return settings.get(portSetting);
    }

    @Override
    public InetSocketAddress start(InetAddress bindAddress, int port) throws IOException {
        ServerSocket listening = new ServerSocket();
        try {
            listening.bind(new InetSocketAddress(bindAddress, port));
        } catch (IOException e) {
            listening.close();
            throw e;
        }
        socket = listening;
        return (InetSocketAddress) listening.getLocalSocketAddress();
    }

    @Override
    public void stop() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isListening() {
        return socket != null && !socket.isClosed();
    }
}
