package org.bridgehead.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.bridgehead.ldap.server.LdapServer;
import org.bridgehead.net.tls.ListenerTls;
import org.bridgehead.net.tls.ServerCertificate;
import org.bridgehead.net.tls.ServerTls;
import org.bridgehead.net.tls.TlsTestClients;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.seed.DemoDataSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** StartTLS, LDAPS and binds refused before TLS, with the UnboundID client over real sockets. */
class LdapTlsTest {

    private static final ServerCertificate CERTIFICATE =
            ServerCertificate.selfSigned(List.of("localhost"), List.of("127.0.0.1"));
    private static final ServerTls TLS = ServerTls.of(CERTIFICATE);

    @TempDir
    static Path work;
    private static LdapGateway gateway;
    private static LdapServer ldaps;

    @BeforeAll
    static void start() throws Exception {
        gateway = new LdapGateway(work, DemoDataSet.create(), 1000, SimulatorOptions.defaults(),
                ListenerTls.offered(TLS, true));
        ldaps = gateway.server.withImplicitTls(TLS, InetAddress.getLoopbackAddress(), 0).start();
    }

    @AfterAll
    static void stop() {
        ldaps.close();
        gateway.close();
    }

    private static SSLContext trustingTheGateway() throws Exception {
        return TlsTestClients.trusting(CERTIFICATE.certificate());
    }

    @Test
    void aBindBeforeStartTlsIsRefusedWithoutTryingThePassword() throws Exception {
        long before = gateway.ewsCalls("GetFolder");
        try (LDAPConnection ldap = gateway.connect()) {
            LDAPException refused = assertThrows(LDAPException.class,
                    () -> ldap.bind(LdapGateway.ALICE, LdapGateway.PASSWORD));
            assertEquals(ResultCode.CONFIDENTIALITY_REQUIRED, refused.getResultCode());
        }
        assertEquals(before, gateway.ewsCalls("GetFolder"));
    }

    @Test
    void startTlsThenBindAndSearch() throws Exception {
        try (LDAPConnection ldap = gateway.connect()) {
            ExtendedResult started = ldap.processExtendedOperation(new StartTLSExtendedRequest(trustingTheGateway()));
            assertEquals(ResultCode.SUCCESS, started.getResultCode());
            ldap.bind(LdapGateway.ALICE, LdapGateway.PASSWORD);
            assertEquals(1, ldap.search("ou=people", SearchScope.SUB, "(mail=zoe.clarke@example.com)")
                    .getEntryCount());
            // Once encrypted, StartTLS is not offered a second time.
            LDAPException again = assertThrows(LDAPException.class,
                    () -> ldap.processExtendedOperation(new StartTLSExtendedRequest(trustingTheGateway())));
            assertEquals(ResultCode.PROTOCOL_ERROR, again.getResultCode());
        }
    }

    @Test
    void ldapsSpeaksTlsFromTheFirstByte() throws Exception {
        try (LDAPConnection ldap = new LDAPConnection(trustingTheGateway().getSocketFactory(), "127.0.0.1",
                ldaps.localAddress().getPort())) {
            ldap.bind(LdapGateway.ALICE, LdapGateway.PASSWORD);
            assertEquals(1, ldap.search("ou=people", SearchScope.SUB, "(mail=zoe.clarke@example.com)")
                    .getEntryCount());
        }
    }
}
