package org.bridgehead.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BasicAuthenticationTest {
    private EwsSimulator simulator;
    private final SoapClient client = new SoapClient();

    @BeforeEach
    void start() {
        simulator = EwsSimulator.start(SimulatorOptions.defaults(), new TestAccounts(), StubOperations.all());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void missingCredentialsGet401WithBasicChallengeAndEmptyBody() throws Exception {
        HttpResponse<String> response = client.post(simulator.ewsUrl(), null, SoapClient.getFolderRequest());

        assertEquals(401, response.statusCode());
        assertEquals("Basic realm=\"EWS simulator\"", response.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertEquals("", response.body());
        assertEquals(0, simulator.stats().authFailures(), "a first leg without credentials is no failure");
        assertEquals(0, simulator.stats().totalRequests());
    }

    @Test
    void wrongPasswordGets401WithBasicChallengeAndCountsAFailure() throws Exception {
        HttpResponse<String> response = client.post(simulator.ewsUrl(),
                SoapClient.basic("alice@example.com", "wrong"), SoapClient.getFolderRequest());

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic "));
        assertEquals("", response.body());
        assertEquals(1, simulator.stats().authFailures());
        assertEquals(0, simulator.stats().requests("GetFolder"));
    }

    @Test
    void unknownUserGets401() throws Exception {
        HttpResponse<String> response = client.post(simulator.ewsUrl(),
                SoapClient.basic("mallory@example.com", TestAccounts.ALICE.password()), SoapClient.getFolderRequest());

        assertEquals(401, response.statusCode());
    }

    @Test
    void anotherUsersPasswordGets401() throws Exception {
        HttpResponse<String> response = client.post(simulator.ewsUrl(),
                SoapClient.basic("alice@example.com", TestAccounts.BOB.password()), SoapClient.getFolderRequest());

        assertEquals(401, response.statusCode());
    }

    @Test
    void correctUtf8CredentialsDispatchToTheOperationAsThatUser() throws Exception {
        HttpResponse<String> response = client.post(simulator.ewsUrl(),
                SoapClient.basic("EXAMPLE\\alice", TestAccounts.ALICE.password()), SoapClient.getFolderRequest());

        assertEquals(200, response.statusCode());
        assertEquals("text/xml; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("Inbox of Alice Archer"), response.body());
    }
}
