package org.bridgehead.net.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.bridgehead.net.ServedConnection;
import org.bridgehead.net.TcpListener;
import org.junit.jupiter.api.Test;

class ImplicitTlsListenerTest {

    private static final ServerCertificate CERTIFICATE =
            ServerCertificate.selfSigned(List.of("localhost"), List.of("127.0.0.1"));

    /** Writes a greeting that says whether its socket is TLS, then closes. */
    private record Greeter(Socket socket, Runnable onClose) implements ServedConnection {
        @Override
        public void run() {
            try (OutputStream out = socket.getOutputStream()) {
                out.write(((socket instanceof SSLSocket ? "tls" : "plain") + "\n")
                        .getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // the client gave up during the handshake
            } finally {
                onClose.run();
            }
        }

        @Override
        public void shutdown() {
            abort();
        }

        @Override
        public void abort() {
            try {
                socket.close();
            } catch (IOException e) {
                // closed already
            }
        }
    }

    private static TcpListener listener(int maxConnections) throws IOException {
        TcpListener listener = new TcpListener("test", InetAddress.getLoopbackAddress(), 0, maxConnections,
                "refused\n".getBytes(StandardCharsets.US_ASCII), (id, socket, onClose) -> new Greeter(socket, onClose),
                Optional.of(ServerTls.of(CERTIFICATE)));
        listener.start();
        return listener;
    }

    private static SSLSocket connect(SSLContext client, int port, String... protocols) throws IOException {
        SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        if (protocols.length > 0) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setProtocols(protocols);
            socket.setSSLParameters(parameters);
        }
        return socket;
    }

    private static String firstLine(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
    }

    @Test
    void everyConnectionOfAnImplicitTlsPortIsEncryptedWithTheCertificate() throws Exception {
        try (TcpListener listener = listener(4);
             SSLSocket socket = connect(TlsTestClients.trusting(CERTIFICATE.certificate()),
                     listener.localAddress().getPort())) {
            assertEquals("tls", firstLine(socket));
            assertEquals(CERTIFICATE.certificate(), socket.getSession().getPeerCertificates()[0]);
        }
    }

    @Test
    void oldProtocolVersionsAreRefused() throws Exception {
        try (TcpListener listener = listener(4);
             SSLSocket socket = connect(TlsTestClients.trusting(CERTIFICATE.certificate()),
                     listener.localAddress().getPort(), "TLSv1.1")) {
            assertThrows(IOException.class, socket::startHandshake);
        }
    }

    @Test
    void aClientNotTrustingTheCertificateFailsTheHandshake() throws Exception {
        ServerCertificate other = ServerCertificate.selfSigned(List.of("localhost"), List.of());
        try (TcpListener listener = listener(4);
             SSLSocket socket = connect(TlsTestClients.trusting(other.certificate()),
                     listener.localAddress().getPort())) {
            assertThrows(SSLHandshakeException.class, socket::startHandshake);
        }
    }

    @Test
    void aConnectionOverTheLimitIsRefusedOverTls() throws Exception {
        try (TcpListener listener = listener(1)) {
            SSLContext client = TlsTestClients.trusting(CERTIFICATE.certificate());
            int port = listener.localAddress().getPort();
            // The first holds its slot until it has read its greeting; the second is refused meanwhile.
            try (Socket first = new Socket("127.0.0.1", port); SSLSocket second = connect(client, port)) {
                assertEquals("refused", firstLine(second));
            }
        }
    }
}
