package org.bridgehead.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.ews.GetUserPhotoOperation;

/**
 * The REST form of GetUserPhoto: {@code GET /EWS/Exchange.asmx/s/GetUserPhoto?email=..&size=..},
 * authenticated like EWS, answering the JPEG (200), 404 for someone without a picture and 400 for
 * a missing address or an unknown size code. Counted in {@code /sim/stats} as GetUserPhoto.
 */
public final class UserPhotoHandler implements HttpHandler {
    private final HttpAuthenticator authenticator;
    private final Function<String, Optional<byte[]>> photos;
    private final SimulatorOptions options;
    private final StatsCounters stats;

    public UserPhotoHandler(HttpAuthenticator authenticator, Function<String, Optional<byte[]>> photos,
                            SimulatorOptions options, StatsCounters stats) {
        this.authenticator = authenticator;
        this.photos = photos;
        this.options = options;
        this.stats = stats;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        AuthOutcome outcome = authenticator.authenticate(exchange);
        if (outcome instanceof AuthOutcome.Challenge challenge) {
            Challenges.send(exchange, challenge, options.maxRequestBytes(), stats);
            return;
        }
        Exchanges.discardBody(exchange, options.maxRequestBytes());
        if (!"GET".equalsIgnoreCase(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            Exchanges.sendEmpty(exchange, 405);
            return;
        }
        stats.request("GetUserPhoto");
        pause();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String email = query.get("email");
        String size = query.getOrDefault("size", "HR96x96");
        if (email == null || email.isBlank() || !GetUserPhotoOperation.SIZES.contains(size)) {
            Exchanges.sendText(exchange, 400, "Bad Request\n", stats);
            return;
        }
        Optional<byte[]> photo = photos.apply(email);
        if (photo.isEmpty()) {
            Exchanges.sendText(exchange, 404, "Not Found\n", stats);
            return;
        }
        exchange.getResponseHeaders().set("Cache-Control", "private, max-age=3600");
        Exchanges.send(exchange, 200, "image/jpeg", photo.get(), stats);
    }

    private void pause() {
        if (options.latencyMs() > 0) {
            try {
                Thread.sleep(options.latencyMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).toLowerCase(),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
