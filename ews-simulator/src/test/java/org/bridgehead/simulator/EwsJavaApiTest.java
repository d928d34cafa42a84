package org.bridgehead.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import microsoft.exchange.webservices.data.core.ExchangeServerInfo;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import org.junit.jupiter.api.Test;

/** Fidelity as judged by a real EWS client: ews-java-api over Apache HttpClient 4. */
class EwsJavaApiTest {

    private static ExchangeService service(EwsSimulator simulator, WebCredentials credentials) {
        ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        service.setUrl(simulator.ewsUrl());
        service.setCredentials(credentials);
        service.setTimeout(20_000);
        return service;
    }

    /** Bob: HttpClient 4 encodes Basic credentials as ASCII, so a non-ASCII password cannot pass. */
    @Test
    void basicAuthenticatedBindParsesTheFolderAndServerVersionInfo() throws Exception {
        try (EwsSimulator simulator = EwsSimulator.start(SimulatorOptions.defaults(), new TestAccounts(), StubOperations.all());
             ExchangeService service = service(simulator, new WebCredentials("bob@example.com", TestAccounts.BOB.password()))) {

            Folder inbox = Folder.bind(service, WellKnownFolderName.Inbox);

            assertEquals("Inbox of Bob Baker (Exchange2010_SP2)", inbox.getDisplayName());
            ExchangeServerInfo info = service.getServerInfo();
            assertEquals(15, info.getMajorVersion());
            assertEquals(1, info.getMinorVersion());
            assertEquals(2507, info.getMajorBuildNumber());
            assertEquals(6, info.getMinorBuildNumber());
            assertEquals("V2017_07_11", info.getVersionString());
        }
    }

    @Test
    void basicWithWrongPasswordFails() throws Exception {
        try (EwsSimulator simulator = EwsSimulator.start(SimulatorOptions.defaults(), new TestAccounts(), StubOperations.all());
             ExchangeService service = service(simulator, new WebCredentials("alice@example.com", "wrong"))) {

            assertThrows(Exception.class, () -> Folder.bind(service, WellKnownFolderName.Inbox));
            assertTrue(simulator.stats().authFailures() > 0);
            assertEquals(0, simulator.stats().requests("GetFolder"));
        }
    }

    @Test
    void ntlmHandshakeAuthenticatesTheConnectionWithTheRightPassword() throws Exception {
        SimulatorOptions ntlm = SimulatorOptions.builder().authScheme(AuthScheme.NTLM).build();
        try (EwsSimulator simulator = EwsSimulator.start(ntlm, new TestAccounts(), StubOperations.all());
             ExchangeService service = service(simulator, new WebCredentials("alice", TestAccounts.ALICE.password(), "EXAMPLE"))) {

            assertEquals("Inbox of Alice Archer (Exchange2010_SP2)", Folder.bind(service, WellKnownFolderName.Inbox).getDisplayName());
            assertEquals("Inbox of Alice Archer (Exchange2010_SP2)", Folder.bind(service, WellKnownFolderName.Inbox).getDisplayName());
            assertEquals(2, simulator.stats().requests("GetFolder"));
            assertEquals(0, simulator.stats().authFailures());
        }
    }

    @Test
    void ntlmAcceptsAnAddressWithoutDomain() throws Exception {
        SimulatorOptions ntlm = SimulatorOptions.builder().authScheme(AuthScheme.NTLM).build();
        try (EwsSimulator simulator = EwsSimulator.start(ntlm, new TestAccounts(), StubOperations.all());
             ExchangeService service = service(simulator, new WebCredentials("bob@example.com", TestAccounts.BOB.password()))) {

            assertEquals("Inbox of Bob Baker (Exchange2010_SP2)", Folder.bind(service, WellKnownFolderName.Inbox).getDisplayName());
        }
    }

    @Test
    void ntlmWithWrongPasswordFails() throws Exception {
        SimulatorOptions ntlm = SimulatorOptions.builder().authScheme(AuthScheme.NTLM).build();
        try (EwsSimulator simulator = EwsSimulator.start(ntlm, new TestAccounts(), StubOperations.all());
             ExchangeService service = service(simulator, new WebCredentials("alice", "wrong", "EXAMPLE"))) {

            assertThrows(Exception.class, () -> Folder.bind(service, WellKnownFolderName.Inbox));
            assertTrue(simulator.stats().authFailures() > 0);
            assertEquals(0, simulator.stats().requests("GetFolder"));
        }
    }

    @Test
    void ntlmModeOffersOnlyNtlmAndRefusesBasic() throws Exception {
        SimulatorOptions ntlm = SimulatorOptions.builder().authScheme(AuthScheme.NTLM).build();
        try (EwsSimulator simulator = EwsSimulator.start(ntlm, new TestAccounts(), StubOperations.all())) {
            HttpResponse<String> response = new SoapClient().post(simulator.ewsUrl(),
                    SoapClient.basic("alice@example.com", TestAccounts.ALICE.password()), SoapClient.getFolderRequest());

            assertEquals(401, response.statusCode());
            assertEquals(List.of("NTLM"), response.headers().allValues("WWW-Authenticate"));
        }
    }

    @Test
    void ntlmAuthenticationDoesNotCarryOverToOtherConnections() throws Exception {
        SimulatorOptions ntlm = SimulatorOptions.builder().authScheme(AuthScheme.NTLM).build();
        try (EwsSimulator simulator = EwsSimulator.start(ntlm, new TestAccounts(), StubOperations.all());
             ExchangeService service = service(simulator, new WebCredentials("alice", TestAccounts.ALICE.password(), "EXAMPLE"))) {
            Folder.bind(service, WellKnownFolderName.Inbox);

            HttpResponse<String> response = new SoapClient().post(simulator.ewsUrl(), null, SoapClient.getFolderRequest());

            assertEquals(401, response.statusCode());
            assertEquals(1, simulator.stats().requests("GetFolder"));
        }
    }

    @Test
    void injectedThrottlingIsReadAsErrorServerBusyWithItsBackOff() throws Exception {
        SimulatorOptions faulty = SimulatorOptions.builder().faultRate(1.0).faultSeed(42).serverBusyBackOffMs(1234).build();
        try (EwsSimulator simulator = EwsSimulator.start(faulty, new TestAccounts(), StubOperations.all());
             ExchangeService service = service(simulator, new WebCredentials("bob@example.com", TestAccounts.BOB.password()))) {
            ServiceResponseException busy = null;
            for (int i = 0; i < 30 && busy == null; i++) {
                busy = serverBusy(assertThrows(Exception.class, () -> Folder.bind(service, WellKnownFolderName.Inbox)));
            }

            assertTrue(busy != null, "an ErrorServerBusy fault reached the client");
            assertEquals(ServiceError.ErrorServerBusy, busy.getErrorCode());
            assertEquals("1234", busy.getResponse().getErrorDetails().get("BackOffMilliseconds"));
        }
    }

    private static ServiceResponseException serverBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ServiceResponseException response && response.getErrorCode() == ServiceError.ErrorServerBusy) {
                return response;
            }
        }
        return null;
    }
}
