package org.bridgehead.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgehead.simulator.oauth.OAuthSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The identity provider over HTTP, as a client of Microsoft's v2.0 endpoints sees it, and EWS
 * in {@code oauth} mode taking its tokens as Exchange Online does.
 */
class OAuthIdentityProviderTest {
    private static final String CLIENT = "9e5f94bc-e8a4-4e73-b8be-63364c29d753";
    private static final String EWS_SCOPE = "https://outlook.office365.com/EWS.AccessAsUser.All offline_access openid profile";
    private static final Pattern STRING = Pattern.compile("\"([a-z_]+)\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final SoapClient soap = new SoapClient();
    private EwsSimulator simulator;
    private EwsSimulator other;

    private void start(OAuthSettings oauth) {
        simulator = EwsSimulator.start(SimulatorOptions.builder().authScheme(AuthScheme.OAUTH).oauth(oauth).build(),
                new TestAccounts(), StubOperations.all());
    }

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
        if (other != null) {
            other.close();
        }
    }

    private HttpResponse<String> post(URI uri, Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> strings(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = STRING.matcher(json);
        while (m.find()) {
            values.put(m.group(1), m.group(2));
        }
        return values;
    }

    private URI endpoint(EwsSimulator sim, String name) {
        return sim.authority("contoso.onmicrosoft.com").resolve("oauth2/v2.0/" + name);
    }

    private Map<String, String> tokensByDeviceCode(EwsSimulator sim) throws Exception {
        HttpResponse<String> started = post(endpoint(sim, "devicecode"), Map.of("client_id", CLIENT, "scope", EWS_SCOPE));
        assertEquals(200, started.statusCode(), started.body());
        Map<String, String> code = strings(started.body());
        assertTrue(code.get("verification_uri").endsWith("/sim/devicelogin"), started.body());
        Map<String, String> poll = Map.of("grant_type", "urn:ietf:params:oauth:grant-type:device_code",
                "client_id", CLIENT, "device_code", code.get("device_code"));
        HttpResponse<String> pending = post(endpoint(sim, "token"), poll);
        assertEquals(400, pending.statusCode());
        assertEquals("authorization_pending", strings(pending.body()).get("error"));

        URI page = URI.create(code.get("verification_uri"));
        HttpResponse<String> wrong = post(page, Map.of("user_code", code.get("user_code"),
                "username", TestAccounts.ALICE.address(), "password", "wrong"));
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("incorrect"), wrong.body());
        HttpResponse<String> approved = post(page, Map.of("user_code", code.get("user_code").toLowerCase(),
                "username", TestAccounts.ALICE.address(), "password", TestAccounts.ALICE.password()));
        assertEquals(200, approved.statusCode(), approved.body());

        HttpResponse<String> granted = post(endpoint(sim, "token"), poll);
        assertEquals(200, granted.statusCode(), granted.body());
        assertEquals("no-store", granted.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> again = post(endpoint(sim, "token"), poll);
        assertEquals("bad_verification_code", strings(again.body()).get("error"), "a device code is used once");
        return strings(granted.body());
    }

    private HttpResponse<String> ews(EwsSimulator sim, String bearer) throws Exception {
        return soap.post(sim.ewsUrl(), "Bearer " + bearer, SoapClient.getFolderRequest());
    }

    @Test
    void aDeviceCodeApprovedOnTheVerificationPageYieldsTokensEwsAccepts() throws Exception {
        start(OAuthSettings.DEFAULT);
        Map<String, String> tokens = tokensByDeviceCode(simulator);
        assertEquals("Bearer", tokens.get("token_type"));
        assertTrue(tokens.get("refresh_token") != null && tokens.get("id_token") != null
                && tokens.get("client_info") != null, tokens.toString());
        String idClaims = new String(Base64.getUrlDecoder().decode(tokens.get("id_token").split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertTrue(idClaims.contains("\"preferred_username\":\"alice@example.com\""), idClaims);

        HttpResponse<String> answer = ews(simulator, tokens.get("access_token"));
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(1, simulator.stats().requests("GetFolder"));
    }

    @Test
    void ewsRefusesBasicNoTokenAndForeignOrWrongAudienceTokensWithTheBearerChallenge() throws Exception {
        start(OAuthSettings.DEFAULT);
        HttpResponse<String> basic = soap.post(simulator.ewsUrl(),
                SoapClient.basic(TestAccounts.ALICE.address(), TestAccounts.ALICE.password()), SoapClient.getFolderRequest());
        assertEquals(401, basic.statusCode());
        assertTrue(basic.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer "));

        other = EwsSimulator.start(SimulatorOptions.builder().authScheme(AuthScheme.OAUTH).build(),
                new TestAccounts(), StubOperations.all());
        HttpResponse<String> foreign = ews(simulator, tokensByDeviceCode(other).get("access_token"));
        assertEquals(401, foreign.statusCode());
        assertTrue(foreign.headers().firstValue("WWW-Authenticate").orElseThrow().contains("error=\"invalid_token\""));
        assertTrue(foreign.headers().firstValue("x-ms-diagnostics").orElseThrow().contains("invalid_token"));

        HttpResponse<String> graphToken = post(endpoint(simulator, "token"), Map.of("grant_type", "refresh_token",
                "client_id", CLIENT, "refresh_token", tokensByDeviceCode(simulator).get("refresh_token"),
                "scope", "User.Read offline_access"));
        assertEquals(200, graphToken.statusCode(), graphToken.body());
        HttpResponse<String> wrongAudience = ews(simulator, strings(graphToken.body()).get("access_token"));
        assertEquals(401, wrongAudience.statusCode());
        assertTrue(wrongAudience.headers().firstValue("x-ms-diagnostics").orElseThrow().contains("audience"));
        assertEquals(0, simulator.stats().requests("GetFolder"));
    }

    @Test
    void anExpiredAccessTokenIsRefusedAndTheRefreshTokenGetsANewOne() throws Exception {
        start(OAuthSettings.DEFAULT.withLifetimes(Duration.ofSeconds(1), Duration.ofDays(1)));
        Map<String, String> tokens = tokensByDeviceCode(simulator);
        Thread.sleep(2100);
        HttpResponse<String> expired = ews(simulator, tokens.get("access_token"));
        assertEquals(401, expired.statusCode());
        assertTrue(expired.headers().firstValue("x-ms-diagnostics").orElseThrow().contains("expired"));

        HttpResponse<String> refreshed = post(endpoint(simulator, "token"), Map.of("grant_type", "refresh_token",
                "client_id", CLIENT, "refresh_token", tokens.get("refresh_token"), "scope", EWS_SCOPE));
        assertEquals(200, refreshed.statusCode(), refreshed.body());
        String fresh = strings(refreshed.body()).get("access_token");
        assertNotEquals(tokens.get("access_token"), fresh);
        assertEquals(200, ews(simulator, fresh).statusCode());
    }

    @Test
    void aRevokedRefreshTokenIsAnInvalidGrant() throws Exception {
        start(OAuthSettings.DEFAULT);
        Map<String, String> tokens = tokensByDeviceCode(simulator);
        assertEquals(204, post(simulator.ewsUrl().resolve("/sim/revoke"), Map.of("user", "Alice@Example.com"))
                .statusCode());
        HttpResponse<String> refused = post(endpoint(simulator, "token"), Map.of("grant_type", "refresh_token",
                "client_id", CLIENT, "refresh_token", tokens.get("refresh_token")));
        assertEquals(400, refused.statusCode());
        assertEquals("invalid_grant", strings(refused.body()).get("error"));
        assertTrue(refused.body().contains("AADSTS50173"), refused.body());
        assertTrue(refused.body().contains("\"error_codes\":[50173]"), refused.body());
    }

    @Test
    void anAuthorizationCodeNeedsTheRightPkceVerifierAndRedirect() throws Exception {
        start(OAuthSettings.DEFAULT);
        String verifier = "M25iVXpKU3puUjFaYWg3T1NDTDQtcW1ROUY5YXlwalNoc0hhakxifmZHag";
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = "http://localhost:53682/";
        Map<String, String> authorize = new LinkedHashMap<>(Map.of("client_id", CLIENT, "response_type", "code",
                "redirect_uri", redirect, "scope", EWS_SCOPE, "state", "xyz", "code_challenge", challenge,
                "code_challenge_method", "S256"));
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(endpoint(simulator, "authorize")
                + "?client_id=" + CLIENT + "&response_type=code&redirect_uri=" + URLEncoder.encode(redirect,
                StandardCharsets.UTF_8) + "&code_challenge=" + challenge + "&code_challenge_method=S256")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("name=\"password\""), form.body());

        Map<String, String> noPkce = new LinkedHashMap<>(authorize);
        noPkce.remove("code_challenge");
        assertEquals(400, post(endpoint(simulator, "authorize"), noPkce).statusCode());

        authorize.put("username", TestAccounts.ALICE.address());
        authorize.put("password", TestAccounts.ALICE.password());
        for (String[] attempt : new String[][] {{verifier + "x", redirect, "501481"},
                {verifier, "http://localhost:1/", "50148"}, {verifier, redirect, null}}) {
            HttpResponse<String> signedIn = post(endpoint(simulator, "authorize"), authorize);
            assertEquals(302, signedIn.statusCode(), signedIn.body());
            String location = signedIn.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith(redirect + "?code=") && location.endsWith("&state=xyz"), location);
            String code = java.net.URLDecoder.decode(location.substring(location.indexOf("code=") + 5,
                    location.indexOf("&state")), StandardCharsets.UTF_8);
            HttpResponse<String> redeemed = post(endpoint(simulator, "token"), Map.of("grant_type",
                    "authorization_code", "client_id", CLIENT, "code", code, "redirect_uri", attempt[1],
                    "code_verifier", attempt[0]));
            if (attempt[2] != null) {
                assertEquals(400, redeemed.statusCode());
                assertTrue(redeemed.body().contains("AADSTS" + attempt[2]), redeemed.body());
            } else {
                assertEquals(200, redeemed.statusCode(), redeemed.body());
                assertEquals(200, ews(simulator, strings(redeemed.body()).get("access_token")).statusCode());
            }
        }
    }
}
