package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.oauth.OAuthOptions;
import org.bridgehead.exchange.oauth.OAuthSignIn;
import org.bridgehead.exchange.oauth.TokenVault;
import org.bridgehead.net.tls.ServerCertificate;
import org.bridgehead.net.tls.ServerTls;
import org.bridgehead.simulator.AuthScheme;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.oauth.OAuthSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OAuth 2.0 toward the simulator playing Exchange Online over HTTPS: the device code flow through
 * MSAL4J approved on the verification page, the token file, and EWS sessions whose bearer
 * tokens only the right password unlocks.
 */
class OAuthSignInTest {
    private static final ServerCertificate CERTIFICATE = ServerCertificate.selfSigned(List.of("localhost"),
            List.of("127.0.0.1"));
    private static final Pattern USER_CODE = Pattern.compile("enter the code (\\S+)");
    private static final String CLIENT_PASSWORD = "a password for Bridgehead alone";

    @TempDir
    Path work;
    private SimulatedExchange exchange;
    private SSLContext trust;

    /**
     * Access tokens live 2 minutes: MSAL4J renews any token within 5 minutes of its expiry, so
     * every sign-in goes to the identity provider with the refresh token.
     */
    @BeforeEach
    void start() throws Exception {
        exchange = SimulatedExchange.start(SimulatorOptions.builder().authScheme(AuthScheme.OAUTH)
                .oauth(OAuthSettings.DEFAULT.withLifetimes(Duration.ofMinutes(2), Duration.ofDays(1)))
                .tls(ServerTls.of(CERTIFICATE).sslContext()).build());
        Path ca = work.resolve("ca.pem");
        Files.writeString(ca, CERTIFICATE.certificatePem());
        trust = ExchangeTrust.of(Optional.of(ca), Optional.empty()).sslContext();
    }

    @AfterEach
    void stop() {
        exchange.close();
    }

    private OAuthSignIn signIn() {
        URI base = exchange.simulator().ewsUrl().resolve("/");
        return new OAuthSignIn(new OAuthOptions(URI.create("https://localhost:" + base.getPort() + "/"),
                "contoso.onmicrosoft.com", "1d1f3a8e-0000-4000-8000-000000000001",
                OAuthOptions.parseScopes("https://outlook.office365.com/EWS.AccessAsUser.All offline_access"),
                trust.getSocketFactory()), new TokenVault(work.resolve("users")));
    }

    private EwsBackend backend(OAuthSignIn signIn) {
        EwsSettings settings = new EwsSettings(URI.create("https://localhost:" + exchange.simulator().port()
                + "/EWS/Exchange.asmx"), Duration.ofSeconds(5), Duration.ofSeconds(20), 0, Duration.ofMillis(10), 4,
                Optional.of(work.resolve("ca.pem")), Optional.empty());
        return new EwsBackend(settings, new MailSettings(work.resolve("cache"), 100, 16L << 20), Duration.ZERO,
                Optional.of(signIn));
    }

    /** What a person does with the code: the verification page's form, by HTTP. */
    private void approve(String instructions, String user, String password) {
        Matcher code = USER_CODE.matcher(instructions);
        assertTrue(code.find(), instructions);
        String form = "user_code=" + code.group(1) + "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> page = HttpClient.newBuilder().sslContext(trust).build().send(HttpRequest
                    .newBuilder(URI.create("https://localhost:" + exchange.simulator().port() + "/sim/devicelogin"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theTokenOfADeviceCodeLoginServesEwsOnlyToTheRightPassword() throws Exception {
        OAuthSignIn signIn = signIn();
        String account = signIn.loginWithDeviceCode("Alice@Example.com", CLIENT_PASSWORD,
                line -> approve(line, SimulatedExchange.ALICE, SimulatedExchange.PASSWORD));
        assertEquals(SimulatedExchange.ALICE, account);

        Path file = signIn.vaultFile(SimulatedExchange.ALICE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertFalse(file.getParent().getFileName().toString().contains("alice"), "the directory names a hash");
        String stored = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains("refresh") || stored.contains("secret") || stored.contains("alice"),
                "the token file holds nothing readable");

        EwsBackend backend = backend(signIn);
        try (ExchangeSession session = backend.open(new Credentials("alice@example.com", CLIENT_PASSWORD))) {
            assertEquals(SimulatedExchange.ALICE, session.primaryAddress());
            assertTrue(session.folderTree().size() > 0);
        }
        assertThrows(AuthenticationFailedException.class,
                () -> backend.open(new Credentials(SimulatedExchange.ALICE, SimulatedExchange.PASSWORD)),
                "the Exchange password is not the one that locks the token");
        assertThrows(AuthenticationFailedException.class,
                () -> backend.open(new Credentials(SimulatedExchange.BOB, CLIENT_PASSWORD)),
                "bob has no token of his own, and alice's is not his");
        backend.close();
    }

    @Test
    void aRevokedTokenIsAnAuthenticationFailure() throws Exception {
        OAuthSignIn signIn = signIn();
        signIn.loginWithDeviceCode(SimulatedExchange.ALICE, CLIENT_PASSWORD,
                line -> approve(line, SimulatedExchange.ALICE, SimulatedExchange.PASSWORD));
        exchange.simulator().identityProvider().revoke(SimulatedExchange.ALICE);
        // A new client (another process, or after the access token expired) has only the refresh token.
        EwsBackend backend = backend(signIn());
        AuthenticationFailedException refused = assertThrows(AuthenticationFailedException.class,
                () -> backend.open(new Credentials(SimulatedExchange.ALICE, CLIENT_PASSWORD)));
        assertTrue(refused.getMessage().contains("run bridgehead login"), refused.getMessage());
        backend.close();
    }

    @Test
    void signingInAsSomeoneElseStoresNothing() {
        OAuthSignIn signIn = signIn();
        assertThrows(AuthenticationFailedException.class, () -> signIn.loginWithDeviceCode(SimulatedExchange.BOB,
                CLIENT_PASSWORD, line -> approve(line, SimulatedExchange.ALICE, SimulatedExchange.PASSWORD)));
        assertFalse(Files.exists(signIn.vaultFile(SimulatedExchange.BOB)));
    }
}
