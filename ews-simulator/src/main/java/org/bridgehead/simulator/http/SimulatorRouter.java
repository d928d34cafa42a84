package org.bridgehead.simulator.http;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Routes by path, case-insensitively as IIS does (clients write /ews/exchange.asmx and
 * /EWS/Exchange.asmx alike), and makes sure every exchange ends: answered, or its connection closed.
 */
public final class SimulatorRouter implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatorRouter.class);

    private final Map<String, HttpHandler> routes;
    private final IdentityProviderHandler identityProvider;

    /**
     * @param routes           lower-case path to handler
     * @param identityProvider the paths with a tenant in them, which no fixed route can name
     */
    public SimulatorRouter(Map<String, HttpHandler> routes, IdentityProviderHandler identityProvider) {
        this.routes = Map.copyOf(routes);
        this.identityProvider = identityProvider;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        HttpHandler handler = routes.get(path.toLowerCase(Locale.ROOT));
        if (handler == null && IdentityProviderHandler.serves(path)) {
            handler = identityProvider;
        }
        MDC.put("connection", String.valueOf(exchange.getRemoteAddress()));
        try {
            if (handler == null) {
                Exchanges.discardBody(exchange, 64 * 1024);
                Exchanges.sendText(exchange, 404, "Not Found\n");
            } else {
                handler.handle(exchange);
            }
        } catch (IOException e) {
            // The JDK server closes the connection on an IOException from a handler, which is what
            // an injected drop, an aborted response or a vanished client need.
            LOG.debug("Closing connection of {} {}: {}", exchange.getRequestMethod(), exchange.getRequestURI(), e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure serving {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            if (exchange.getResponseCode() != -1) {
                throw new ConnectionAbort("failure after the response started");
            }
            Exchanges.sendEmpty(exchange, 500);
        } finally {
            MDC.clear();
        }
        exchange.close();
    }
}
