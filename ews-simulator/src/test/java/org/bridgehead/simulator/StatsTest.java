package org.bridgehead.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StatsTest {
    private static final String ALICE = SoapClient.basic("alice@example.com", TestAccounts.ALICE.password());

    @RegisterExtension
    final StubSimulator stub = new StubSimulator();
    private final SoapClient client = new SoapClient();

    private void call(String operation) throws Exception {
        client.post(stub.simulator().ewsUrl(), ALICE, SoapClient.envelope("", "<m:" + operation + "/>"));
    }

    @Test
    void countsRequestsPerOperationAndBytes() throws Exception {
        call("GetFolder");
        call("GetFolder");
        call("GetFolder");
        call("EmptyFolder");
        client.post(stub.simulator().ewsUrl(), SoapClient.basic("alice", "wrong"), SoapClient.getFolderRequest());

        SimulatorStats stats = stub.simulator().stats();
        assertEquals(Map.of("GetFolder", 3L, "EmptyFolder", 1L), stats.requests());
        assertEquals(4, stats.totalRequests());
        assertEquals(1, stats.authFailures());
        assertEquals(0, stats.faults());
        assertTrue(stats.bytesIn() > 0);
        assertTrue(stats.bytesOut() > 0);
    }

    @Test
    void statsEndpointReportsJsonWithoutAuthentication() throws Exception {
        call("GetFolder");
        call("GetFolder");

        HttpResponse<String> response = client.get(statsUri(""));

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        String json = response.body();
        assertTrue(json.startsWith("{\"requests\": {\"GetFolder\": 2}, \"totalRequests\": 2, \"bytesIn\": "), json);
        assertTrue(json.contains("\"faults\": 0, \"authFailures\": 0}"), json);
    }

    @Test
    void resetZeroesEveryCounter() throws Exception {
        call("GetFolder");

        HttpResponse<String> reset = client.post(statsUri("/reset"), null, "");

        assertEquals(204, reset.statusCode());
        assertEquals(new SimulatorStats(Map.of(), 0, 0, 0, 0, 0), stub.simulator().stats());
        call("GetFolder");
        assertEquals(1, stub.simulator().stats().requests("GetFolder"));
    }

    @Test
    void resetNeedsPost() throws Exception {
        assertEquals(405, client.get(statsUri("/reset")).statusCode());
    }

    private URI statsUri(String suffix) {
        return stub.simulator().ewsUrl().resolve("/sim/stats" + suffix);
    }
}
