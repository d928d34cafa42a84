package org.bridgehead.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchScope;
import java.nio.file.Path;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.seed.DemoDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client's time limit (RFC 4511 4.5.1.5) ends a search Exchange answers too slowly, with timeLimitExceeded. */
class LdapTimeLimitTest {

    @Test
    void aSearchPastTheClientsTimeLimitIsTimeLimitExceeded(@TempDir Path work) throws Exception {
        SimulatorOptions slowExchange = SimulatorOptions.builder().latencyMs(1200).build();
        try (LdapGateway gateway = new LdapGateway(work, DemoDataSet.create(), 1000, slowExchange);
             LDAPConnection ldap = gateway.alice()) {
            SearchRequest request = new SearchRequest("ou=people", SearchScope.SUB, "(cn=*zoe*)", "mail");
            request.setTimeLimitSeconds(1);
            LDAPSearchException late = assertThrows(LDAPSearchException.class, () -> ldap.search(request));
            assertEquals(ResultCode.TIME_LIMIT_EXCEEDED, late.getResultCode());

            SearchRequest patient = new SearchRequest("ou=people", SearchScope.SUB, "(cn=*olivier*)", "mail");
            patient.setTimeLimitSeconds(30);
            assertEquals(1, ldap.search(patient).getEntryCount());
        }
    }
}
