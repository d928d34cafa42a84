package org.bridgehead.simulator.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.bridgehead.simulator.http.Passwords;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.Accounts;

/**
 * The simulated Microsoft identity platform (v2.0 endpoints): device codes, authorization codes
 * with PKCE, refresh tokens, and access tokens for Exchange that the simulator's EWS checks.
 * Access tokens are signed JWTs that stay valid until they expire, as Microsoft's do after a
 * revocation; refresh tokens are remembered here and can be revoked.
 */
public final class IdentityProvider {

    /** The audience of tokens EWS accepts (scope https://outlook.office365.com/EWS.AccessAsUser.All). */
    public static final String EXCHANGE_AUDIENCE = "https://outlook.office365.com";
    /** Microsoft Graph's application id: the audience of tokens asked for with bare scopes (User.Read). */
    static final String GRAPH_AUDIENCE = "00000003-0000-0000-c000-000000000000";
    private static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    private static final char[] USER_CODE_LETTERS = "BCDFGHJKLMNPQRSTVWXZ".toCharArray();

    private final Accounts accounts;
    private final OAuthSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final TokenSigner signer = new TokenSigner(random);
    private final Map<String, PendingDevice> deviceCodes = new ConcurrentHashMap<>();
    private final Map<String, String> deviceCodeByUserCode = new ConcurrentHashMap<>();
    private final Map<String, IssuedCode> authorizationCodes = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();

    public IdentityProvider(Accounts accounts, OAuthSettings settings, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    public OAuthSettings settings() {
        return settings;
    }

    /** Who signed in, for what, at which tenant: what a refresh token or a code stands for. */
    private record Grant(Account account, String tenant, String clientId, String scope, Instant expires) {
    }

    private record PendingDevice(String userCode, String tenant, String clientId, String scope, Instant expires,
                                 Account approvedBy) {
        PendingDevice approved(Account account) {
            return new PendingDevice(userCode, tenant, clientId, scope, expires, account);
        }
    }

    private record IssuedCode(Grant grant, String redirectUri, String challenge) {
    }

    /** A device code as the devicecode endpoint returns it. */
    public record DeviceCode(String deviceCode, String userCode, long expiresIn, long interval) {
    }

    public DeviceCode startDeviceFlow(String tenant, String clientId, String scope) {
        String userCode = userCode();
        String deviceCode = secret();
        Instant expires = clock.instant().plus(settings.deviceCodeLifetime());
        deviceCodes.put(deviceCode, new PendingDevice(userCode, tenant, clientId, scope, expires, null));
        deviceCodeByUserCode.put(userCode, deviceCode);
        return new DeviceCode(deviceCode, userCode, settings.deviceCodeLifetime().toSeconds(),
                settings.pollInterval().toSeconds());
    }

    /**
     * The verification page's POST: the user proves who they are and approves the code.
     *
     * @return empty when approved, else what the page tells the user
     */
    public Optional<String> approveDevice(String userCode, String userName, String password) {
        String deviceCode = deviceCodeByUserCode.get(userCode.trim().toUpperCase(Locale.ROOT));
        PendingDevice pending = deviceCode == null ? null : deviceCodes.get(deviceCode);
        if (pending == null || clock.instant().isAfter(pending.expires())) {
            return Optional.of("That code is not valid or has expired. Check the code and try again.");
        }
        Optional<Account> account = signIn(userName, password);
        if (account.isEmpty()) {
            return Optional.of("Your account or password is incorrect.");
        }
        deviceCodes.put(deviceCode, pending.approved(account.get()));
        return Optional.empty();
    }

    /** Signs a user in with their password, as the sign-in page does. */
    public Optional<Account> signIn(String userName, String password) {
        return accounts.find(userName).filter(account -> Passwords.matches(account, password));
    }

    /** The token endpoint: one grant from the form the client posted. */
    public TokenResult token(String tenant, Map<String, String> form) {
        String clientId = form.getOrDefault("client_id", "");
        if (clientId.isBlank()) {
            return new TokenResult.Error(400, "invalid_request", 900144,
                    "The request body must contain the following parameter: 'client_id'.");
        }
        String grant = form.getOrDefault("grant_type", "");
        return switch (grant) {
            case DEVICE_CODE_GRANT, "device_code" -> deviceToken(clientId, form.getOrDefault("device_code", ""));
            case "authorization_code" -> codeToken(clientId, form);
            case "refresh_token" -> refreshToken(clientId, form.getOrDefault("refresh_token", ""),
                    form.get("scope"));
            default -> new TokenResult.Error(400, "unsupported_grant_type", 70003,
                    "The app requested an unsupported grant type '" + grant + "'.");
        };
    }

    private TokenResult deviceToken(String clientId, String deviceCode) {
        PendingDevice pending = deviceCodes.get(deviceCode);
        if (pending == null || !pending.clientId().equals(clientId)) {
            return new TokenResult.Error(400, "bad_verification_code", 70019,
                    "Verification code is not recognized.");
        }
        if (clock.instant().isAfter(pending.expires())) {
            forgetDevice(deviceCode, pending);
            return new TokenResult.Error(400, "expired_token", 70019,
                    "Verification code expired.");
        }
        if (pending.approvedBy() == null) {
            return new TokenResult.Error(400, "authorization_pending", 70016,
                    "OAuth 2.0 device flow error. Authorization is pending. Continue polling.");
        }
        forgetDevice(deviceCode, pending);
        return issue(new Grant(pending.approvedBy(), pending.tenant(), clientId, pending.scope(), null));
    }

    private void forgetDevice(String deviceCode, PendingDevice pending) {
        deviceCodes.remove(deviceCode);
        deviceCodeByUserCode.remove(pending.userCode());
    }

    /**
     * The authorize endpoint, after the user signed in: a one-time code bound to the client, the
     * redirect URI and the PKCE challenge (S256 only, as public clients must use).
     */
    public String issueAuthorizationCode(String tenant, String clientId, String redirectUri, String scope,
            String codeChallenge, Account account) {
        String code = secret();
        Instant expires = clock.instant().plusSeconds(600);
        authorizationCodes.put(code, new IssuedCode(new Grant(account, tenant, clientId, scope, expires),
                redirectUri, codeChallenge));
        return code;
    }

    private TokenResult codeToken(String clientId, Map<String, String> form) {
        IssuedCode issued = authorizationCodes.remove(form.getOrDefault("code", ""));
        if (issued == null || clock.instant().isAfter(issued.grant().expires())
                || !issued.grant().clientId().equals(clientId)) {
            return new TokenResult.Error(400, "invalid_grant", 70008,
                    "The provided authorization code or refresh token has expired due to inactivity.");
        }
        if (!issued.redirectUri().equals(form.getOrDefault("redirect_uri", ""))) {
            return new TokenResult.Error(400, "invalid_grant", 50148,
                    "The redirect URI does not match the one the authorization code was issued for.");
        }
        String verifier = form.getOrDefault("code_verifier", "");
        if (!issued.challenge().equals(s256(verifier))) {
            return new TokenResult.Error(400, "invalid_grant", 501481,
                    "The Code_Verifier does not match the code_challenge supplied in the authorization request.");
        }
        return issue(new Grant(issued.grant().account(), issued.grant().tenant(), clientId, issued.grant().scope(),
                null));
    }

    private TokenResult refreshToken(String clientId, String refreshToken, String scope) {
        Grant grant = refreshTokens.get(refreshToken);
        if (grant == null) {
            return new TokenResult.Error(400, "invalid_grant", 9002313, "Invalid request. Request is malformed or invalid.");
        }
        if (grant.account() == null) {
            return new TokenResult.Error(400, "invalid_grant", 50173,
                    "The provided grant has expired due to it being revoked, a fresh auth token is needed.");
        }
        if (clock.instant().isAfter(grant.expires()) || !grant.clientId().equals(clientId)) {
            refreshTokens.remove(refreshToken);
            return new TokenResult.Error(400, "invalid_grant", 70008,
                    "The provided authorization code or refresh token has expired due to inactivity.");
        }
        // Microsoft does not revoke a refresh token when it is used; the client is to keep the new one.
        return issue(new Grant(grant.account(), grant.tenant(), clientId,
                scope == null || scope.isBlank() ? grant.scope() : scope, null));
    }

    /**
     * Revokes every refresh token of the user (Revoke-MgUserSignInSession); access tokens already
     * issued stay valid until they expire.
     */
    public void revoke(String userName) {
        refreshTokens.replaceAll((token, grant) -> grant.account() != null
                && grant.account().address().equalsIgnoreCase(userName)
                ? new Grant(null, grant.tenant(), grant.clientId(), grant.scope(), grant.expires()) : grant);
    }

    private TokenResult issue(Grant grant) {
        Instant now = clock.instant();
        long lifetime = settings.accessTokenLifetime().toSeconds();
        String audience = audience(grant.scope());
        String tenantId = tenantId(grant.tenant());
        String objectId = UUID.nameUUIDFromBytes(grant.account().address().toLowerCase(Locale.ROOT)
                .getBytes(StandardCharsets.UTF_8)).toString();
        String access = signer.sign(new FlatJson().put("aud", audience)
                .put("iss", "https://sts.windows.net/" + tenantId + "/")
                .put("iat", now.getEpochSecond()).put("nbf", now.getEpochSecond())
                .put("exp", now.getEpochSecond() + lifetime).put("appid", grant.clientId())
                .put("oid", objectId).put("tid", tenantId).put("upn", grant.account().address())
                .put("scp", resourceScopes(grant.scope())).put("jti", UUID.randomUUID().toString()).toString());
        String idToken = signer.sign(new FlatJson().put("aud", grant.clientId())
                .put("iss", "https://login.microsoftonline.com/" + tenantId + "/v2.0")
                .put("iat", now.getEpochSecond()).put("nbf", now.getEpochSecond())
                .put("exp", now.getEpochSecond() + lifetime).put("name", grant.account().displayName())
                .put("oid", objectId).put("preferred_username", grant.account().address())
                .put("sub", objectId).put("tid", tenantId).put("ver", "2.0").toString());
        String clientInfo = Base64.getUrlEncoder().withoutPadding().encodeToString(new FlatJson()
                .put("uid", objectId).put("utid", tenantId).toString().getBytes(StandardCharsets.UTF_8));
        String refresh = "";
        if (Arrays.asList(grant.scope().split(" ")).contains("offline_access")) {
            refresh = "0.S." + secret();
            refreshTokens.put(refresh, new Grant(grant.account(), grant.tenant(), grant.clientId(), grant.scope(),
                    now.plus(settings.refreshTokenLifetime())));
        }
        return new TokenResult.Tokens(access, refresh, idToken, clientInfo, lifetime, grant.scope());
    }

    /** What EWS makes of a bearer token. */
    public sealed interface Validation {
        record Valid(Account account) implements Validation {
        }

        /** @param reason the text of Exchange's answer */
        record Invalid(String reason) implements Validation {
        }
    }

    /** Checks an access token presented to Exchange: this provider's signature, Exchange's audience, not expired. */
    public Validation validate(String accessToken) {
        Optional<String> claims = signer.verify(accessToken);
        if (claims.isEmpty()) {
            return new Validation.Invalid("The token is not valid: its signature is not one this server trusts.");
        }
        Map<String, String> values = FlatJson.parse(claims.get());
        String audience = values.getOrDefault("aud", "");
        if (!audience.equals(EXCHANGE_AUDIENCE) && !audience.equals("https://outlook.office.com")) {
            return new Validation.Invalid("The audience claim value is invalid '" + audience + "'.");
        }
        long expires = Long.parseLong(values.getOrDefault("exp", "0"));
        if (clock.instant().getEpochSecond() >= expires) {
            return new Validation.Invalid("The token has expired.");
        }
        return accounts.find(values.getOrDefault("upn", ""))
                .<Validation>map(Validation.Valid::new)
                .orElseGet(() -> new Validation.Invalid("The user of the token has no mailbox here."));
    }

    /** The resource of the first scope naming one (https://outlook.office365.com/EWS.AccessAsUser.All), else Graph. */
    static String audience(String scope) {
        for (String s : scope.split(" ")) {
            int slash = s.indexOf('/', s.indexOf("://") + 3);
            if (s.contains("://") && slash > 0) {
                return s.substring(0, slash);
            }
        }
        return GRAPH_AUDIENCE;
    }

    private static String resourceScopes(String scope) {
        return Arrays.stream(scope.split(" "))
                .filter(s -> !s.isBlank() && !s.equals("openid") && !s.equals("profile") && !s.equals("offline_access"))
                .map(s -> s.contains("://") ? s.substring(s.lastIndexOf('/') + 1) : s)
                .collect(Collectors.joining(" "));
    }

    /** A tenant named by domain or alias gets a stable GUID, as Microsoft resolves it to the directory's id. */
    private static String tenantId(String tenant) {
        try {
            return UUID.fromString(tenant).toString();
        } catch (IllegalArgumentException e) {
            return UUID.nameUUIDFromBytes(tenant.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)).toString();
        }
    }

    private String userCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            code.append(USER_CODE_LETTERS[random.nextInt(USER_CODE_LETTERS.length)]);
        }
        return code.toString();
    }

    private String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String s256(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
