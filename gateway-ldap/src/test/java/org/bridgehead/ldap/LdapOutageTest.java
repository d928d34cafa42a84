package org.bridgehead.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When Exchange goes away, LDAP answers unavailable (52) with a readable message, never a trace. */
class LdapOutageTest {

    @Test
    void anExchangeOutageIsUnavailableForSearchesAndBinds(@TempDir Path work) throws Exception {
        try (LdapGateway gateway = new LdapGateway(work); LDAPConnection ldap = gateway.alice()) {
            gateway.simulator.close();

            LDAPSearchException search = assertThrows(LDAPSearchException.class,
                    () -> ldap.search("ou=people", SearchScope.SUB, "(mail=nobody.cached@example.com)"));
            assertEquals(ResultCode.UNAVAILABLE, search.getResultCode());
            assertFalse(search.getDiagnosticMessage().contains("Exception"), search.getDiagnosticMessage());

            try (LDAPConnection other = gateway.connect()) {
                LDAPException bind = assertThrows(LDAPException.class,
                        () -> other.bind("bob@example.com", LdapGateway.PASSWORD));
                assertEquals(ResultCode.UNAVAILABLE, bind.getResultCode());
            }
        }
    }
}
