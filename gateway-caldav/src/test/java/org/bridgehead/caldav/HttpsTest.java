package org.bridgehead.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import org.bridgehead.caldav.server.CaldavServer;
import org.bridgehead.net.tls.ServerCertificate;
import org.bridgehead.net.tls.ServerTls;
import org.bridgehead.net.tls.TlsTestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The DAV service over HTTPS, beside the plain listener, with the certificate the other listeners use. */
class HttpsTest {

    private static final ServerCertificate CERTIFICATE =
            ServerCertificate.selfSigned(List.of("localhost"), List.of("127.0.0.1"));
    private static final ServerTls TLS = ServerTls.of(CERTIFICATE);

    private final DavFixture dav;
    private final CaldavServer https;

    HttpsTest() throws Exception {
        dav = new DavFixture();
        https = dav.server.withHttps(new CaldavServer.Https(TLS.sslContext(), List.of(TLS.protocols())),
                InetAddress.getLoopbackAddress(), 0).start();
    }

    @AfterEach
    void stop() {
        https.close();
        dav.close();
    }

    private HttpResponse<String> propfind(SSLContext trust, String protocol, String password) throws Exception {
        SSLParameters parameters = new SSLParameters();
        parameters.setProtocols(new String[] {protocol});
        HttpClient client = HttpClient.newBuilder().sslContext(trust).sslParameters(parameters)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("https://localhost:" + https.localAddress().getPort() + "/"))
                .timeout(Duration.ofSeconds(20))
                .method("PROPFIND", HttpRequest.BodyPublishers.ofString(
                        "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:current-user-principal/></d:prop></d:propfind>"))
                .header("Depth", "0")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("alice:" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void discoveryWorksOverHttpsWithTheListenersCertificate() throws Exception {
        SSLContext trust = TlsTestClients.trusting(CERTIFICATE.certificate());
        for (String protocol : new String[] {"TLSv1.3", "TLSv1.2"}) {
            HttpResponse<String> reply = propfind(trust, protocol, "secret-a");
            assertEquals(207, reply.statusCode(), protocol + ": " + reply.body());
            assertEquals(true, reply.body().contains("/principals/users/alice@example.com/"), reply.body());
        }
        assertEquals(401, propfind(trust, "TLSv1.3", "wrong").statusCode());
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateGetsNoAnswer() throws Exception {
        SSLContext other = TlsTestClients.trusting(
                ServerCertificate.selfSigned(List.of("localhost"), List.of()).certificate());
        assertThrows(SSLHandshakeException.class, () -> propfind(other, "TLSv1.3", "secret-a"));
    }

    @Test
    void protocolVersionsBeforeTls12AreRefused() {
        assertThrows(SSLHandshakeException.class,
                () -> propfind(TlsTestClients.trusting(CERTIFICATE.certificate()), "TLSv1.1", "secret-a"));
    }
}
