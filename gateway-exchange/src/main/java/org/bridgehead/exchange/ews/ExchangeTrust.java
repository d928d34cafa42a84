package org.bridgehead.exchange.ews;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import org.apache.http.conn.ssl.DefaultHostnameVerifier;

/**
 * Which certificates Exchange may present: those the system's trust store accepts, those signed by
 * a CA of {@code bridgehead.ews.trust}, and the one whose SHA-256 fingerprint is
 * {@code bridgehead.ews.pin}. Anything else fails the handshake with a message that names the
 * host, the certificate's fingerprint and the settings that would accept it; nothing is ever
 * trusted silently.
 */
public final class ExchangeTrust {

    private final List<X509TrustManager> trusted;
    private final Optional<String> pin;

    private ExchangeTrust(List<X509TrustManager> trusted, Optional<String> pin) {
        this.trusted = List.copyOf(trusted);
        this.pin = pin;
    }

    /**
     * @param caFile extra CA certificates (PEM), beside the system's
     * @param pin    a SHA-256 fingerprint, colons and case as one likes
     * @throws IllegalArgumentException naming the file when it cannot be read
     */
    public static ExchangeTrust of(Optional<Path> caFile, Optional<String> pin) {
        List<X509TrustManager> managers = new ArrayList<>();
        managers.add(trustManager(null));
        caFile.ifPresent(file -> managers.add(trustManager(readCertificates(file))));
        return new ExchangeTrust(managers, pin.filter(p -> !p.isBlank()).map(ExchangeTrust::normalize));
    }

    /** The TLS context of every connection to Exchange. */
    public SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new Checker()}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is required of every Java runtime", e);
        }
    }

    /** Host names are checked as usual, except for the pinned certificate: its fingerprint is its identity. */
    HostnameVerifier hostnameVerifier() {
        DefaultHostnameVerifier standard = new DefaultHostnameVerifier();
        return (host, session) -> standard.verify(host, session) || isPinned(session);
    }

    private boolean isPinned(SSLSession session) {
        try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate leaf && pinned(leaf);
        } catch (SSLPeerUnverifiedException e) {
            return false;
        }
    }

    private boolean pinned(X509Certificate leaf) {
        return pin.isPresent() && pin.get().equals(normalize(fingerprint(leaf)));
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("a received certificate can be digested", e);
        }
    }

    private static String normalize(String fingerprint) {
        return fingerprint.replaceAll("[\\s:]", "").toUpperCase(Locale.ROOT);
    }

    private static X509TrustManager trustManager(KeyStore store) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("no X.509 trust manager in this Java runtime");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the trust store cannot be loaded: " + e.getMessage(), e);
        }
    }

    private static KeyStore readCertificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int index = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + index++, certificate);
            }
            if (index == 0) {
                throw new IllegalArgumentException("bridgehead.ews.trust: " + file + " holds no PEM certificate");
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("bridgehead.ews.trust: " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Accepts a chain when any trust source does, or when its leaf is pinned. */
    private final class Checker extends X509ExtendedTrustManager {

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            String host = socket instanceof SSLSocket ssl && ssl.getHandshakeSession() != null
                    ? ssl.getHandshakeSession().getPeerHost() : String.valueOf(socket.getInetAddress());
            check(chain, authType, host);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check(chain, authType, engine.getPeerHost());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain, authType, "Exchange");
        }

        private void check(X509Certificate[] chain, String authType, String host) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("Exchange at " + host + " presented no certificate");
            }
            if (pinned(chain[0])) {
                return;
            }
            CertificateException last = null;
            for (X509TrustManager manager : trusted) {
                try {
                    manager.checkServerTrusted(chain, authType);
                    return;
                } catch (CertificateException e) {
                    last = e;
                }
            }
            String fingerprint = fingerprint(chain[0]);
            throw new CertificateException("the certificate of Exchange at " + host + " ("
                    + chain[0].getSubjectX500Principal().getName() + ", SHA-256 " + fingerprint
                    + ") is not trusted: " + (last == null ? "no trust source" : last.getMessage())
                    + "; to accept it, set bridgehead.ews.pin=" + fingerprint
                    + " or bridgehead.ews.trust=<PEM file of its CA>", last);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("the gateway does not authenticate clients toward Exchange");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("the gateway does not authenticate clients toward Exchange");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("the gateway does not authenticate clients toward Exchange");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return trusted.stream().flatMap(m -> java.util.Arrays.stream(m.getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
        }
    }
}
