package org.bridgehead.exchange.ews;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/** A TLS terminator on loopback in front of a plain HTTP server: Exchange behind HTTPS, for tests. */
final class TlsFrontDoor implements AutoCloseable {

    private final ServerSocket listening;
    private final Thread acceptor;

    private TlsFrontDoor(ServerSocket listening, Runnable loop) {
        this.listening = listening;
        this.acceptor = new Thread(loop, "front-door");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    /** TLS with {@code server} in front of 127.0.0.1:{@code backendPort}. */
    static TlsFrontDoor terminating(SSLContext server, int backendPort) throws IOException {
        ServerSocket socket = server.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        TlsFrontDoor[] self = new TlsFrontDoor[1];
        self[0] = new TlsFrontDoor(socket, () -> self[0].serve(accepted -> pipe(accepted, backendPort)));
        return self[0];
    }

    int port() {
        return listening.getLocalPort();
    }

    private interface Handler {
        void handle(Socket accepted) throws IOException;
    }

    private void serve(Handler handler) {
        while (!listening.isClosed()) {
            try {
                Socket accepted = listening.accept();
                Thread thread = new Thread(() -> {
                    try {
                        handler.handle(accepted);
                    } catch (IOException e) {
                        close(accepted);
                    }
                }, "front-door-connection");
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pipe(Socket client, int backendPort) throws IOException {
        if (client instanceof SSLSocket ssl) {
            ssl.startHandshake();
        }
        Socket backend = new Socket();
        backend.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), backendPort), 5_000);
        Thread back = new Thread(() -> copy(backend, client), "front-door-back");
        back.setDaemon(true);
        back.start();
        copy(client, backend);
    }

    private static void copy(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side closed: the other follows
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closed already
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
    }
}
