package org.bridgehead.simulator.ews;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/** A simulator over a store, and raw SOAP requests to it over HTTP as a user (password demo). */
final class SoapWire implements AutoCloseable {
    private final EwsSimulator simulator;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    SoapWire(SimulatorStore store) {
        simulator = EwsSimulator.start(SimulatorOptions.builder().build(), store, EwsOperations.all(store));
    }

    /** Posts one operation (prefixes m: and t:) with RequestServerVersion Exchange2013_SP1 and no other header. */
    Element post(String user, String operation) throws Exception {
        return post(user, "", operation);
    }

    /** Posts one operation with extra SOAP headers (e.g. t:TimeZoneContext); answers the SOAP body's content. */
    Element post(String user, String headers, String operation) throws Exception {
        String envelope = "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap=\"" + EwsNamespaces.SOAP
                + "\" xmlns:t=\"" + EwsNamespaces.TYPES + "\" xmlns:m=\"" + EwsNamespaces.MESSAGES + "\"><soap:Header>"
                + "<t:RequestServerVersion Version=\"Exchange2013_SP1\"/>" + headers + "</soap:Header><soap:Body>"
                + operation + "</soap:Body></soap:Envelope>";
        HttpRequest request = HttpRequest.newBuilder(simulator.ewsUrl()).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Element parsed = OperationHarness.parse(response.body());
        Element body = Dom.child(parsed, "Body").orElseThrow(() -> new AssertionError(response.body()));
        return Dom.children(body).get(0);
    }

    @Override
    public void close() {
        simulator.close();
    }
}
