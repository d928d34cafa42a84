package org.bridgehead.exchange.ews;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy in front of the simulator that, for the next requests naming an operation, passes
 * the request on and then closes the connection without answering: the server did the work, the
 * client never learns it (the ambiguous failure of a dropped connection or a timeout).
 */
final class DroppingProxy implements AutoCloseable {

    private static final List<String> FORWARDED = List.of("Authorization", "Content-Type", "SOAPAction", "Accept");

    private final HttpServer server;
    private final URI upstream;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger dropsLeft = new AtomicInteger();
    private volatile String dropOperation = "";

    DroppingProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The EWS URL through this proxy. */
    URI ewsUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + upstream.getPath());
    }

    /** Drops the answers to the next {@code count} requests whose body contains {@code <m:operation}. */
    void dropAnswers(String operation, int count) {
        dropOperation = "<m:" + operation;
        dropsLeft.set(count);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(upstream).timeout(Duration.ofSeconds(10))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : FORWARDED) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        boolean drop = new String(body, StandardCharsets.UTF_8).contains(dropOperation)
                && dropsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        if (drop) {
            // The JDK server closes the connection when a handler fails before answering.
            throw new IOException("answer dropped on purpose");
        }
        response.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")
                    && !name.equalsIgnoreCase("connection") && !name.startsWith(":")) {
                values.forEach(v -> exchange.getResponseHeaders().add(name, v));
            }
        });
        exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
