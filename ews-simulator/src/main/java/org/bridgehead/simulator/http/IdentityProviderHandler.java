package org.bridgehead.simulator.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import org.bridgehead.simulator.oauth.FlatJson;
import org.bridgehead.simulator.oauth.IdentityProvider;
import org.bridgehead.simulator.oauth.TokenResult;
import org.bridgehead.simulator.store.Account;

/**
 * The identity provider's endpoints: {@code /<tenant>/oauth2/v2.0/devicecode}, {@code .../token},
 * {@code .../authorize} and the device-code verification page {@code /sim/devicelogin}, whose
 * form (POST, form-encoded {@code user_code}, {@code username}, {@code password}) a test or a
 * person fills in instead of Microsoft's sign-in pages.
 */
public final class IdentityProviderHandler implements HttpHandler {
    /** The verification page's path. */
    public static final String DEVICE_LOGIN_PATH = "/sim/devicelogin";
    /** POST {@code user=...}: revokes the user's refresh tokens, as an administrator's "revoke sessions". */
    public static final String REVOKE_PATH = "/sim/revoke";
    private static final Pattern ENDPOINT = Pattern.compile("/([^/]+)/oauth2/v2\\.0/(devicecode|token|authorize)");
    private static final int MAX_FORM_BYTES = 64 * 1024;
    private static final String JSON = "application/json; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";

    private final IdentityProvider provider;
    private final StatsCounters stats;

    public IdentityProviderHandler(IdentityProvider provider, StatsCounters stats) {
        this.provider = provider;
        this.stats = stats;
    }

    /** Whether a path is one of the identity provider's (any tenant). */
    public static boolean serves(String path) {
        return ENDPOINT.matcher(path).matches() || path.equalsIgnoreCase(DEVICE_LOGIN_PATH)
                || path.equalsIgnoreCase(REVOKE_PATH);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equalsIgnoreCase(DEVICE_LOGIN_PATH)) {
            deviceLogin(exchange);
            return;
        }
        if (path.equalsIgnoreCase(REVOKE_PATH)) {
            if (requirePost(exchange)) {
                provider.revoke(form(exchange).getOrDefault("user", ""));
                Exchanges.sendEmpty(exchange, 204);
            }
            return;
        }
        Matcher endpoint = ENDPOINT.matcher(path);
        if (!endpoint.matches()) {
            Exchanges.sendText(exchange, 404, "Not Found\n", stats);
            return;
        }
        String tenant = endpoint.group(1);
        switch (endpoint.group(2)) {
            case "devicecode" -> deviceCode(exchange, tenant);
            case "token" -> token(exchange, tenant);
            default -> authorize(exchange, tenant);
        }
    }

    private void deviceCode(HttpExchange exchange, String tenant) throws IOException {
        if (!requirePost(exchange)) {
            return;
        }
        Map<String, String> form = form(exchange);
        String clientId = form.getOrDefault("client_id", "");
        if (clientId.isBlank()) {
            sendError(exchange, new TokenResult.Error(400, "invalid_request", 900144,
                    "The request body must contain the following parameter: 'client_id'."));
            return;
        }
        IdentityProvider.DeviceCode code = provider.startDeviceFlow(tenant, clientId,
                form.getOrDefault("scope", ""));
        String verificationUri = origin(exchange) + DEVICE_LOGIN_PATH;
        String json = new FlatJson().put("user_code", code.userCode()).put("device_code", code.deviceCode())
                .put("verification_uri", verificationUri).put("expires_in", code.expiresIn())
                .put("interval", code.interval()).put("message", "To sign in, use a web browser to open the page "
                        + verificationUri + " and enter the code " + code.userCode() + " to authenticate.")
                .toString();
        Exchanges.send(exchange, 200, JSON, json.getBytes(StandardCharsets.UTF_8), stats);
    }

    private void token(HttpExchange exchange, String tenant) throws IOException {
        if (!requirePost(exchange)) {
            return;
        }
        TokenResult result = provider.token(tenant, form(exchange));
        if (result instanceof TokenResult.Error error) {
            sendError(exchange, error);
            return;
        }
        TokenResult.Tokens tokens = (TokenResult.Tokens) result;
        FlatJson json = new FlatJson().put("token_type", "Bearer").put("scope", tokens.scope())
                .put("expires_in", tokens.expiresIn()).put("ext_expires_in", tokens.expiresIn())
                .put("access_token", tokens.accessToken());
        if (!tokens.refreshToken().isEmpty()) {
            json.put("refresh_token", tokens.refreshToken());
        }
        json.put("id_token", tokens.idToken()).put("client_info", tokens.clientInfo());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        Exchanges.send(exchange, 200, JSON, json.toString().getBytes(StandardCharsets.UTF_8), stats);
    }

    /**
     * GET shows the sign-in form for the request's parameters; POST (the form, with username and
     * password) signs in and redirects to the client's redirect_uri with a code, or shows the error.
     */
    private void authorize(HttpExchange exchange, String tenant) throws IOException {
        boolean post = "POST".equalsIgnoreCase(exchange.getRequestMethod());
        Map<String, String> params = post ? form(exchange) : query(exchange.getRequestURI());
        String redirectUri = params.getOrDefault("redirect_uri", "");
        String challenge = params.getOrDefault("code_challenge", "");
        if (!"code".equals(params.get("response_type")) || params.getOrDefault("client_id", "").isBlank()
                || !isLoopbackRedirect(redirectUri)) {
            page(exchange, 400, "Sign in", "<p>AADSTS900144: the request needs response_type=code, a client_id and a"
                    + " redirect_uri on http://localhost.</p>");
            return;
        }
        if (challenge.isBlank() || !"S256".equals(params.get("code_challenge_method"))) {
            page(exchange, 400, "Sign in", "<p>AADSTS9002325: Proof Key for Code Exchange is required for"
                    + " cross-origin authorization code redemption (code_challenge_method=S256).</p>");
            return;
        }
        Optional<Account> account = post
                ? provider.signIn(params.getOrDefault("username", ""), params.getOrDefault("password", ""))
                : Optional.empty();
        if (account.isEmpty()) {
            StringBuilder hidden = new StringBuilder();
            for (String name : new String[] {"client_id", "response_type", "redirect_uri", "scope", "state",
                    "code_challenge", "code_challenge_method"}) {
                hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(html(params.getOrDefault(name, ""))).append("\">");
            }
            page(exchange, 200, "Sign in", (post ? "<p>Your account or password is incorrect.</p>" : "")
                    + "<form method=\"post\">" + hidden + "<label>Email <input name=\"username\"></label>"
                    + "<label>Password <input type=\"password\" name=\"password\"></label>"
                    + "<button>Sign in</button></form>");
            return;
        }
        String code = provider.issueAuthorizationCode(tenant, params.get("client_id"), redirectUri,
                params.getOrDefault("scope", ""), challenge, account.get());
        String state = params.get("state");
        exchange.getResponseHeaders().set("Location", redirectUri + (redirectUri.contains("?") ? "&" : "?")
                + "code=" + encode(code) + (state == null ? "" : "&state=" + encode(state)));
        Exchanges.sendEmpty(exchange, 302);
    }

    /** Public clients may only redirect to the loopback interface over http (RFC 8252 7.3). */
    private static boolean isLoopbackRedirect(String redirectUri) {
        try {
            URI uri = URI.create(redirectUri);
            return "http".equals(uri.getScheme())
                    && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void deviceLogin(HttpExchange exchange) throws IOException {
        if ("POST".equalsIgnoreCase(exchange.getRequestMethod())) {
            Map<String, String> form = form(exchange);
            Optional<String> refused = provider.approveDevice(form.getOrDefault("user_code", ""),
                    form.getOrDefault("username", ""), form.getOrDefault("password", ""));
            if (refused.isEmpty()) {
                page(exchange, 200, "You're signed in", "<p id=\"approved\">You have signed in to the application"
                        + " on your device. You may now close this window.</p>");
                return;
            }
            page(exchange, 400, "Enter code", "<p id=\"error\">" + html(refused.get()) + "</p>" + deviceForm());
            return;
        }
        Exchanges.discardBody(exchange, MAX_FORM_BYTES);
        page(exchange, 200, "Enter code", deviceForm());
    }

    private static String deviceForm() {
        return "<form method=\"post\" action=\"" + DEVICE_LOGIN_PATH + "\">"
                + "<label>Code <input name=\"user_code\"></label>"
                + "<label>Email <input name=\"username\"></label>"
                + "<label>Password <input type=\"password\" name=\"password\"></label>"
                + "<button>Next</button></form>";
    }

    private boolean requirePost(HttpExchange exchange) throws IOException {
        if ("POST".equalsIgnoreCase(exchange.getRequestMethod())) {
            return true;
        }
        Exchanges.discardBody(exchange, MAX_FORM_BYTES);
        exchange.getResponseHeaders().set("Allow", "POST");
        Exchanges.sendEmpty(exchange, 405);
        return false;
    }

    private void sendError(HttpExchange exchange, TokenResult.Error error) throws IOException {
        String description = "AADSTS" + error.aadstsCode() + ": " + error.description();
        String json = new FlatJson().put("error", error.error()).put("error_description", description)
                .putJson("error_codes", "[" + error.aadstsCode() + "]").toString();
        Exchanges.send(exchange, error.status(), JSON, json.getBytes(StandardCharsets.UTF_8), stats);
    }

    private void page(HttpExchange exchange, int status, String title, String body) throws IOException {
        String html = "<!DOCTYPE html><html><head><title>" + html(title) + "</title></head><body><h1>"
                + html(title) + "</h1>" + body + "</body></html>";
        Exchanges.send(exchange, status, HTML, html.getBytes(StandardCharsets.UTF_8), stats);
    }

    private static String origin(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        String scheme = exchange instanceof com.sun.net.httpserver.HttpsExchange ? "https" : "http";
        return scheme + "://" + (host != null ? host : "127.0.0.1:" + exchange.getLocalAddress().getPort());
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        return decode(new String(Exchanges.readBody(exchange, MAX_FORM_BYTES), StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(URI uri) {
        return decode(uri.getRawQuery() == null ? "" : uri.getRawQuery());
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
