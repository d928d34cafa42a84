package org.bridgehead.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.bridgehead.caldav.server.CaldavServer;
import org.bridgehead.caldav.server.CaldavServerOptions;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.exchange.ews.EwsBackend;
import org.bridgehead.exchange.ews.EwsSettings;
import org.bridgehead.exchange.ews.MailSettings;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.ews.EwsOperations;
import org.bridgehead.simulator.seed.DemoDataSet;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DAV server over the real EWS backend and the simulator: sign-in through the shared session
 * cache, discovery, the directory address book searched with Exchange's name resolution, and an
 * outage answered 503.
 */
class EwsEndToEndTest {

    @TempDir
    Path work;
    private EwsSimulator simulator;
    private EwsBackend backend;
    private SessionCache sessions;
    private CaldavServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        SimulatorStore store = DemoDataSet.create();
        simulator = EwsSimulator.start(SimulatorOptions.defaults(), store, EwsOperations.all(store));
        backend = new EwsBackend(new EwsSettings(simulator.ewsUrl(), Duration.ofSeconds(2), Duration.ofSeconds(20), 0,
                Duration.ofMillis(10), 4), new MailSettings(work.resolve("cache"), 100, 16L << 20),
                Duration.ofSeconds(60));
        sessions = new SessionCache(backend, Duration.ofMinutes(5), 10);
        server = new CaldavServer(CaldavServerOptions.loopback(), sessions).start();
    }

    @AfterEach
    void stop() {
        server.close();
        sessions.close();
        backend.close();
        simulator.close();
    }

    private HttpResponse<String> send(String method, String path, String password, String body, String depth)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.localAddress().getPort() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("alice@example.com:" + password).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30));
        if (depth != null) {
            request.header("Depth", depth);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void discoveryFindsThePrincipalOfTheSignedInExchangeUser() throws Exception {
        HttpResponse<String> root = send("PROPFIND", "/", DemoDataSet.PASSWORD, """
                <d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/></d:prop></d:propfind>""", "0");
        assertEquals(207, root.statusCode());
        assertTrue(root.body().contains("/principals/users/alice@example.com/"), root.body());
        HttpResponse<String> principal = send("PROPFIND", "/principals/users/alice@example.com/", DemoDataSet.PASSWORD,
                null, "0");
        assertTrue(principal.body().contains("<D:href>/users/alice@example.com/</D:href>"), principal.body());
        assertEquals(401, send("PROPFIND", "/", "wrong", null, "0").statusCode());
    }

    @Test
    void theDirectoryAddressBookSearchesExchange() throws Exception {
        HttpResponse<String> found = send("REPORT", "/users/alice@example.com/gal/", DemoDataSet.PASSWORD, """
                <cr:addressbook-query xmlns:d="DAV:" xmlns:cr="urn:ietf:params:xml:ns:carddav">
                  <d:prop><d:getetag/><cr:address-data/></d:prop>
                  <cr:filter><cr:prop-filter name="EMAIL"><cr:text-match match-type="equals">bob@example.com</cr:text-match>
                  </cr:prop-filter></cr:filter></cr:addressbook-query>""", "1");
        assertEquals(207, found.statusCode(), found.body());
        assertTrue(found.body().contains("/users/alice@example.com/gal/bob@example.com.vcf"), found.body());
        assertTrue(found.body().contains("EMAIL;TYPE=INTERNET,PREF:bob@example.com"), found.body());
        HttpResponse<String> card = send("GET", "/users/alice@example.com/gal/bob@example.com.vcf", DemoDataSet.PASSWORD,
                null, null);
        assertEquals(200, card.statusCode());
        assertTrue(card.body().startsWith("BEGIN:VCARD"));
    }

    @Test
    void anExchangeOutageIs503WithRetryAfter() throws Exception {
        assertEquals(207, send("PROPFIND", "/", DemoDataSet.PASSWORD, null, "0").statusCode());
        simulator.close();
        HttpResponse<String> down = send("REPORT", "/users/alice@example.com/gal/", DemoDataSet.PASSWORD, """
                <cr:addressbook-query xmlns:d="DAV:" xmlns:cr="urn:ietf:params:xml:ns:carddav">
                  <d:prop><d:getetag/></d:prop><cr:filter><cr:prop-filter name="FN">
                  <cr:text-match>nobody-cached</cr:text-match></cr:prop-filter></cr:filter></cr:addressbook-query>""", "1");
        assertEquals(503, down.statusCode(), down.body());
        assertNotNull(down.headers().firstValue("Retry-After").orElse(null));
        assertFalse(down.body().contains("Exception"), down.body());
    }
}
