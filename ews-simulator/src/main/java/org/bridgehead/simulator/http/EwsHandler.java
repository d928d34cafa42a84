package org.bridgehead.simulator.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapEnvelopeWriter;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.SoapRequest;
import org.bridgehead.simulator.soap.SoapRequestReader;
import org.bridgehead.simulator.soap.StreamingEwsOperation;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@code /EWS/Exchange.asmx}: authenticates, parses the SOAP envelope, applies the latency and
 * fault knobs, dispatches to the {@link EwsOperation} named by the body element and writes its
 * answer inside the envelope Exchange 2016 sends.
 */
public final class EwsHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(EwsHandler.class);
    /** Responses up to this size are buffered so a late fault can still replace them. */
    private static final int RESPONSE_BUFFER_BYTES = 1024 * 1024;
    private static final String XML = "text/xml; charset=utf-8";

    private final HttpAuthenticator authenticator;
    private final Map<String, EwsOperation> operations;
    private final SimulatorOptions options;
    private final StatsCounters stats;
    private final FaultInjector faults;
    private final SoapRequestReader reader = new SoapRequestReader();

    public EwsHandler(HttpAuthenticator authenticator, Map<String, EwsOperation> operations,
                      SimulatorOptions options, StatsCounters stats) {
        this.authenticator = authenticator;
        this.operations = Map.copyOf(operations);
        this.options = options;
        this.stats = stats;
        this.faults = new FaultInjector(options.faultRate(), options.faultSeed());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        AuthOutcome outcome = authenticator.authenticate(exchange);
        if (outcome instanceof AuthOutcome.Challenge challenge) {
            Challenges.send(exchange, challenge, options.maxRequestBytes(), stats);
            return;
        }
        Account account = ((AuthOutcome.Authenticated) outcome).account();
        MDC.put("user", account.address());
        String method = exchange.getRequestMethod();
        if ("GET".equalsIgnoreCase(method)) {
            Exchanges.sendText(exchange, 200, "Exchange Web Services (simulator): send SOAP requests with POST.\n");
            return;
        }
        if (!"POST".equalsIgnoreCase(method)) {
            exchange.getResponseHeaders().set("Allow", "GET, POST");
            Exchanges.sendEmpty(exchange, 405);
            return;
        }
        Result result = new Result();
        try {
            post(exchange, account, result);
        } catch (IOException e) {
            result.status = "dropped";
            throw e;
        } finally {
            LOG.debug("EWS {} user={} status={} {} ms", result.operation, account.address(), result.status,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }

    /** What the request log line reports. */
    private static final class Result {
        String operation = "-";
        String status = "?";
    }

    private void post(HttpExchange exchange, Account account, Result result) throws IOException {
        byte[] body;
        try {
            body = Exchanges.readBody(exchange, options.maxRequestBytes());
        } catch (RequestTooLargeException e) {
            result.status = "413";
            exchange.getResponseHeaders().set("Connection", "close");
            Exchanges.sendEmpty(exchange, 413);
            return;
        }
        stats.bytesIn(body.length);

        SoapRequest request;
        try {
            request = reader.read(body);
        } catch (SoapFaultException fault) {
            stats.request(null);
            result.status = sendFault(exchange, fault);
            return;
        }
        EwsOperation operation = operations.get(request.operationName());
        result.operation = request.operationName();
        stats.request(operation == null ? null : operation.name());

        delay();
        Optional<InjectedFault> injected = faults.roll();
        if (injected.isPresent()) {
            stats.fault();
            result.status = inject(exchange, injected.get());
            return;
        }
        if (operation == null) {
            result.status = sendFault(exchange, SoapRequestReader.invalidRequest());
        } else if (request.impersonating()) {
            result.status = sendFault(exchange, new SoapFaultException("a:ErrorImpersonateUserDenied",
                    "ErrorImpersonateUserDenied", "The account does not have permission to impersonate the requested user."));
        } else {
            result.status = execute(exchange, operation, new EwsCall(account, request.operation(), request.requestVersion()));
        }
    }

    private void delay() throws IOException {
        if (options.latencyMs() > 0) {
            try {
                Thread.sleep(options.latencyMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectionAbort("interrupted while delaying (simulator stopping)");
            }
        }
    }

    private String inject(HttpExchange exchange, InjectedFault fault) throws IOException {
        switch (fault) {
            case SERVICE_UNAVAILABLE -> {
                Exchanges.sendText(exchange, 503, "Service Unavailable\n", stats);
                return "503 (injected)";
            }
            case SERVER_BUSY -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                    SoapEnvelopeWriter.writeServerBusy(writer, options.serverBusyBackOffMs());
                }
                Exchanges.send(exchange, 500, XML, out.toByteArray(), stats);
                return "500 ErrorServerBusy (injected)";
            }
            case DROPPED_CONNECTION -> throw new ConnectionAbort("injected dropped connection");
            default -> throw new IllegalStateException("unknown fault " + fault);
        }
    }

    private String execute(HttpExchange exchange, EwsOperation operation, EwsCall call) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", XML);
        if (operation instanceof StreamingEwsOperation streaming) {
            return stream(exchange, streaming, call);
        }
        ResponseBody body = new ResponseBody(exchange, 200, RESPONSE_BUFFER_BYTES, stats);
        Writer writer = new OutputStreamWriter(body, StandardCharsets.UTF_8);
        try {
            XmlWriter xml = SoapEnvelopeWriter.startResponse(writer);
            operation.execute(call, xml);
            SoapEnvelopeWriter.endResponse(xml);
            body.finish();
            return "200";
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the client went away while we were writing
        } catch (SoapFaultException fault) {
            return replaceWithFault(exchange, body, fault);
        } catch (RuntimeException e) {
            LOG.error("EWS operation {} failed for {}", operation.name(), call.account(), e);
            return replaceWithFault(exchange, body, new SoapFaultException("a:ErrorInternalServerError",
                    "ErrorInternalServerError", "An internal server error occurred. The operation failed."));
        }
    }

    /** Runs a long-lived operation whose envelopes go out one by one over a chunked response. */
    private String stream(HttpExchange exchange, StreamingEwsOperation operation, EwsCall call) throws IOException {
        ChunkedEnvelopes envelopes = new ChunkedEnvelopes(exchange, stats);
        try {
            operation.stream(call, envelopes);
            envelopes.finish();
            return "200 (streamed)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionAbort("interrupted while streaming (simulator stopping)");
        } catch (SoapFaultException fault) {
            if (envelopes.committed()) {
                throw new ConnectionAbort("fault after the response was committed: " + fault.responseCode());
            }
            return sendFault(exchange, fault);
        } catch (RuntimeException e) {
            LOG.error("EWS operation {} failed for {}", operation.name(), call.account(), e);
            if (envelopes.committed()) {
                throw new ConnectionAbort("internal error while streaming");
            }
            return sendFault(exchange, new SoapFaultException("a:ErrorInternalServerError",
                    "ErrorInternalServerError", "An internal server error occurred. The operation failed."));
        }
    }

    private String replaceWithFault(HttpExchange exchange, ResponseBody body, SoapFaultException fault) throws IOException {
        if (body.committed()) {
            // Part of a 200 response is already on the wire: only a broken connection tells the client.
            throw new ConnectionAbort("fault after the response was committed: " + fault.responseCode());
        }
        body.discard();
        return sendFault(exchange, fault);
    }

    private String sendFault(HttpExchange exchange, SoapFaultException fault) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            SoapEnvelopeWriter.writeFault(writer, fault);
        }
        Exchanges.send(exchange, 500, XML, out.toByteArray(), stats);
        return "500 " + fault.responseCode();
    }
}
