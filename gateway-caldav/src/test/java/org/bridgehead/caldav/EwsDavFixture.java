package org.bridgehead.caldav;

import java.io.IOException;
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

/**
 * The DAV server over the real EWS backend and the simulator on free loopback ports, and a JDK
 * HttpClient signed in as alice or bob.
 */
final class EwsDavFixture implements AutoCloseable {

    static final String ALICE = "alice@example.com";
    static final String BOB = "bob@example.com";
    static final String CALENDAR = "/users/" + ALICE + "/calendar/";
    static final String TASKS = "/users/" + ALICE + "/tasks/";

    final SimulatorStore store = DemoDataSet.create();
    final EwsSimulator simulator = EwsSimulator.start(SimulatorOptions.defaults(), store, EwsOperations.all(store));
    final EwsBackend backend;
    final SessionCache sessions;
    final CaldavServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    EwsDavFixture(Path cache) throws IOException {
        backend = new EwsBackend(new EwsSettings(simulator.ewsUrl(), Duration.ofSeconds(2), Duration.ofSeconds(20), 0,
                Duration.ofMillis(10), 4), new MailSettings(cache, 100, 16L << 20), Duration.ofSeconds(60));
        sessions = new SessionCache(backend, Duration.ofMinutes(5), 10);
        server = new CaldavServer(CaldavServerOptions.loopback(), sessions).start();
        base = "http://127.0.0.1:" + server.localAddress().getPort();
    }

    DavFixture.Reply send(String user, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + DemoDataSet.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new DavFixture.Reply(response.statusCode(), response.headers().map(), response.body());
    }

    DavFixture.Reply alice(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        return send(ALICE, method, path, body, headers);
    }

    /** EWS requests the simulator has answered so far. */
    long ewsCalls() {
        return simulator.stats().totalRequests();
    }

    static String calendar(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VCALENDAR\r\n";
    }

    @Override
    public void close() {
        server.close();
        sessions.close();
        backend.close();
        simulator.close();
    }
}
