package org.bridgehead.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bridgehead.simulator.soap.EwsNamespaces;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class KnobsTest {
    private static final String ALICE = SoapClient.basic("alice@example.com", TestAccounts.ALICE.password());

    private final SoapClient client = new SoapClient();

    @Test
    void faultRateOneYieldsEveryFaultKindAndCountsThem() throws Exception {
        SimulatorOptions options = SimulatorOptions.builder().faultRate(1.0).faultSeed(42).serverBusyBackOffMs(1234).build();
        int unavailable = 0;
        int busy = 0;
        int dropped = 0;
        int requests = 30;
        try (EwsSimulator simulator = EwsSimulator.start(options, new TestAccounts(), StubOperations.all())) {
            for (int i = 0; i < requests; i++) {
                HttpResponse<String> response;
                try {
                    response = client.post(simulator.ewsUrl(), ALICE, SoapClient.getFolderRequest());
                } catch (IOException e) {
                    dropped++;
                    continue;
                }
                if (response.statusCode() == 503) {
                    unavailable++;
                } else {
                    assertEquals(500, response.statusCode(), response.body());
                    Document fault = SoapClient.parse(response.body());
                    assertEquals("a:ErrorServerBusy", SoapClient.text(fault, "", "faultcode"));
                    assertEquals("ErrorServerBusy", SoapClient.text(fault, EwsNamespaces.ERRORS, "ResponseCode"));
                    Element value = (Element) fault.getElementsByTagNameNS(EwsNamespaces.TYPES, "Value").item(0);
                    assertEquals("MessageXml", value.getParentNode().getLocalName());
                    assertEquals("BackOffMilliseconds", value.getAttribute("Name"));
                    assertEquals("1234", value.getTextContent());
                    busy++;
                }
            }
            SimulatorStats stats = simulator.stats();
            assertEquals(requests, stats.faults());
            assertEquals(requests, stats.requests("GetFolder"), "faulted requests still count for their operation");
        }
        assertTrue(unavailable > 0, "503 seen");
        assertTrue(busy > 0, "ErrorServerBusy seen");
        assertTrue(dropped > 0, "dropped connection seen");
    }

    @Test
    void sameSeedInjectsTheSameFaults() throws Exception {
        SimulatorOptions options = SimulatorOptions.builder().faultRate(0.5).faultSeed(7).build();
        assertEquals(outcomes(options), outcomes(options));
    }

    private String outcomes(SimulatorOptions options) throws Exception {
        StringBuilder seen = new StringBuilder();
        try (EwsSimulator simulator = EwsSimulator.start(options, new TestAccounts(), StubOperations.all())) {
            for (int i = 0; i < 12; i++) {
                try {
                    seen.append(client.post(simulator.ewsUrl(), ALICE, SoapClient.getFolderRequest()).statusCode());
                } catch (IOException e) {
                    seen.append("drop");
                }
                seen.append(' ');
            }
        }
        return seen.toString();
    }

    @Test
    void faultsNeverHitUnauthenticatedRequests() throws Exception {
        SimulatorOptions options = SimulatorOptions.builder().faultRate(1.0).build();
        try (EwsSimulator simulator = EwsSimulator.start(options, new TestAccounts(), StubOperations.all())) {
            for (int i = 0; i < 5; i++) {
                assertEquals(401, client.post(simulator.ewsUrl(), null, SoapClient.getFolderRequest()).statusCode());
            }
            assertEquals(0, simulator.stats().faults());
        }
    }

    @Test
    void latencyDelaysEachAnswerByAtLeastTheSetting() throws Exception {
        long latencyMs = 300;
        SimulatorOptions options = SimulatorOptions.builder().latencyMs(latencyMs).build();
        try (EwsSimulator simulator = EwsSimulator.start(options, new TestAccounts(), StubOperations.all())) {
            long start = System.nanoTime();
            HttpResponse<String> response = client.post(simulator.ewsUrl(), ALICE, SoapClient.getFolderRequest());
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;

            assertEquals(200, response.statusCode());
            assertTrue(elapsedMs >= latencyMs, "answered after " + elapsedMs + " ms");
        }
    }

    @Test
    void concurrentRequestsAreAllServed() throws Exception {
        SimulatorOptions options = SimulatorOptions.builder().latencyMs(100).build();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try (EwsSimulator simulator = EwsSimulator.start(options, new TestAccounts(), StubOperations.all())) {
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                responses.add(clients.submit(() -> client.post(simulator.ewsUrl(), ALICE, SoapClient.getFolderRequest())));
            }
            for (Future<HttpResponse<String>> response : responses) {
                assertEquals(200, response.get().statusCode());
            }
            assertEquals(32, simulator.stats().requests("GetFolder"));
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void oversizedRequestGets413() throws Exception {
        SimulatorOptions options = SimulatorOptions.builder().maxRequestBytes(1000).build();
        try (EwsSimulator simulator = EwsSimulator.start(options, new TestAccounts(), StubOperations.all())) {
            String body = SoapClient.envelope("", "<m:GetFolder>" + "<!-- padding -->".repeat(100) + "</m:GetFolder>");

            assertEquals(413, client.post(simulator.ewsUrl(), ALICE, body).statusCode());
            assertEquals(0, simulator.stats().totalRequests());
        }
    }
}
