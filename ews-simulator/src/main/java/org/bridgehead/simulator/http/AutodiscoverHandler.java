package org.bridgehead.simulator.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import org.bridgehead.simulator.AuthScheme;
import org.bridgehead.simulator.soap.SecureXml;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.Accounts;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * POX Autodiscover ({@code /autodiscover/autodiscover.xml}): answers the Outlook 2006a response
 * schema with the EWS URL in both the EXCH (internal) and EXPR (external) protocol sections.
 */
public final class AutodiscoverHandler implements HttpHandler {
    private static final String RESPONSE_NS = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
    private static final String OUTLOOK_NS = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

    private final HttpAuthenticator authenticator;
    private final Accounts accounts;
    private final URI ewsUrl;
    private final AuthScheme authScheme;
    private final int maxRequestBytes;
    private final StatsCounters stats;
    private final SecureXml xml = new SecureXml();

    public AutodiscoverHandler(HttpAuthenticator authenticator, Accounts accounts, URI ewsUrl, AuthScheme authScheme,
                               int maxRequestBytes, StatsCounters stats) {
        this.authenticator = authenticator;
        this.accounts = accounts;
        this.ewsUrl = ewsUrl;
        this.authScheme = authScheme;
        this.maxRequestBytes = maxRequestBytes;
        this.stats = stats;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        AuthOutcome outcome = authenticator.authenticate(exchange);
        if (outcome instanceof AuthOutcome.Challenge challenge) {
            Challenges.send(exchange, challenge, maxRequestBytes, stats);
            return;
        }
        if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            Exchanges.sendEmpty(exchange, 405);
            return;
        }
        byte[] body;
        try {
            body = Exchanges.readBody(exchange, maxRequestBytes);
        } catch (RequestTooLargeException e) {
            exchange.getResponseHeaders().set("Connection", "close");
            Exchanges.sendEmpty(exchange, 413);
            return;
        }
        stats.bytesIn(body.length);
        byte[] response = render(answer(body));
        Exchanges.send(exchange, 200, "text/xml; charset=utf-8", response, stats);
    }

    private Consumer<XmlWriter> answer(byte[] body) {
        Optional<String> address = requestedAddress(body);
        if (address.isEmpty()) {
            return error(600, "Invalid Request");
        }
        Optional<Account> account = accounts.find(address.get());
        return account.isPresent() ? settings(account.get()) : error(500, "The e-mail address cannot be found.");
    }

    /** The EMailAddress of a well-formed request for the Outlook 2006a schema. */
    private Optional<String> requestedAddress(byte[] body) {
        Document document;
        try {
            document = xml.parse(body);
        } catch (SAXException e) {
            return Optional.empty();
        }
        Optional<String> schema = text(document, "AcceptableResponseSchema");
        if (schema.isPresent() && !schema.get().equals(OUTLOOK_NS)) {
            return Optional.empty();
        }
        return text(document, "EMailAddress").filter(a -> !a.isEmpty());
    }

    private static Optional<String> text(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        Node node = nodes.getLength() == 0 ? null : nodes.item(0);
        return node == null ? Optional.empty() : Optional.of(node.getTextContent().trim());
    }

    private Consumer<XmlWriter> settings(Account account) {
        String url = ewsUrl.toString();
        return out -> {
            out.start("Response").attr("xmlns", OUTLOOK_NS);
            out.start("User")
                    .element("DisplayName", account.displayName())
                    .element("LegacyDN", "/o=Simulator/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn="
                            + account.localPart())
                    .element("AutoDiscoverSMTPAddress", account.address())
                    .end();
            out.start("Account")
                    .element("AccountType", "email")
                    .element("Action", "settings")
                    .element("MicrosoftOnline", "False");
            out.start("Protocol")
                    .element("Type", "EXCH")
                    .element("Server", ewsUrl.getHost())
                    .element("ASUrl", url)
                    .element("EwsUrl", url)
                    .element("OOFUrl", url)
                    .end();
            out.start("Protocol")
                    .element("Type", "EXPR")
                    .element("Server", ewsUrl.getHost())
                    .element("SSL", "https".equalsIgnoreCase(ewsUrl.getScheme()) ? "On" : "Off")
                    .element("AuthPackage", authScheme == AuthScheme.NTLM ? "Ntlm" : "Basic")
                    .element("ASUrl", url)
                    .element("EwsUrl", url)
                    .element("OOFUrl", url)
                    .end();
            out.end(); // Account
            out.end(); // Response
        };
    }

    private static Consumer<XmlWriter> error(int code, String message) {
        return out -> out.start("Response")
                .start("Error")
                .attr("Time", LocalTime.now(ZoneOffset.UTC).toString())
                .attr("Id", Integer.toUnsignedString(ThreadLocalRandom.current().nextInt()))
                .element("ErrorCode", code)
                .element("Message", message)
                .start("DebugData").end()
                .end()
                .end();
    }

    private static byte[] render(Consumer<XmlWriter> response) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
            XmlWriter out = new XmlWriter(writer);
            out.start("Autodiscover").attr("xmlns", RESPONSE_NS);
            response.accept(out);
            out.end();
            out.flush();
        }
        return bytes.toByteArray();
    }
}
