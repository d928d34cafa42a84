package org.bridgehead.simulator.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import org.bridgehead.simulator.SimulatorStats;

/**
 * {@code GET /sim/stats} (JSON counters) and {@code POST /sim/stats/reset}. No authentication:
 * the simulator listens on loopback by default and these are for the benchmark driving it.
 */
public final class StatsHandler implements HttpHandler {
    private final StatsCounters stats;

    public StatsHandler(StatsCounters stats) {
        this.stats = stats;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean reset = exchange.getRequestURI().getPath().toLowerCase(Locale.ROOT).endsWith("/reset");
        String method = exchange.getRequestMethod();
        if (reset && "POST".equalsIgnoreCase(method)) {
            Exchanges.discardBody(exchange, 64 * 1024);
            stats.reset();
            Exchanges.sendEmpty(exchange, 204);
        } else if (!reset && "GET".equalsIgnoreCase(method)) {
            Exchanges.send(exchange, 200, "application/json; charset=utf-8",
                    json(stats.snapshot()).getBytes(StandardCharsets.UTF_8));
        } else {
            exchange.getResponseHeaders().set("Allow", reset ? "POST" : "GET");
            Exchanges.sendEmpty(exchange, 405);
        }
    }

    static String json(SimulatorStats s) {
        StringBuilder out = new StringBuilder("{\"requests\": {");
        String separator = "";
        for (Map.Entry<String, Long> e : s.requests().entrySet()) {
            out.append(separator).append(quote(e.getKey())).append(": ").append(e.getValue());
            separator = ", ";
        }
        return out.append("}, \"totalRequests\": ").append(s.totalRequests())
                .append(", \"bytesIn\": ").append(s.bytesIn())
                .append(", \"bytesOut\": ").append(s.bytesOut())
                .append(", \"faults\": ").append(s.faults())
                .append(", \"authFailures\": ").append(s.authFailures())
                .append("}\n").toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
