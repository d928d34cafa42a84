package org.bridgehead.net.tls;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * The server side of TLS that every listener shares: one certificate, TLS 1.2 and 1.3 only.
 * HTTP servers (Jetty) take {@link #sslContext()} and {@link #protocols()}.
 */
public final class ServerTls {

    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private final SSLContext context;
    private final ServerCertificate certificate;

    private ServerTls(SSLContext context, ServerCertificate certificate) {
        this.context = context;
        this.certificate = certificate;
    }

    public static ServerTls of(ServerCertificate certificate) {
        try {
            char[] password = new char[0];
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(certificate.keyStore(password), password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, new SecureRandom());
            return new ServerTls(context, certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the certificate cannot serve TLS: " + e.getMessage(), e);
        }
    }

    public SSLContext sslContext() {
        return context;
    }

    /** The protocol versions offered, newest first. */
    public String[] protocols() {
        return PROTOCOLS.clone();
    }

    public ServerCertificate certificate() {
        return certificate;
    }

    /**
     * Layers TLS, as the server, over an accepted connection. The handshake happens at the first
     * read or write, on the connection's own thread, within the socket's read timeout.
     */
    public SSLSocket wrap(Socket plain) throws IOException {
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain,
                plain.getInetAddress().getHostAddress(), plain.getPort(), true);
        tls.setUseClientMode(false);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setProtocols(PROTOCOLS);
        tls.setSSLParameters(parameters);
        return tls;
    }

    /** STARTTLS: layers TLS over the connection and completes the handshake before returning. */
    public SSLSocket upgrade(Socket plain) throws IOException {
        SSLSocket tls = wrap(plain);
        tls.startHandshake();
        return tls;
    }
}
