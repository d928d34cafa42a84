package org.bridgehead.caldav;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bridgehead.caldav.fake.FakeExchange;
import org.bridgehead.caldav.fake.InMemoryPimService;
import org.bridgehead.caldav.server.CaldavServer;
import org.bridgehead.caldav.server.CaldavServerOptions;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.exchange.directory.PeopleSource;
import org.bridgehead.exchange.directory.Person;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A DAV server on a free loopback port over {@link FakeExchange}, and a JDK HttpClient speaking to it. */
final class DavFixture implements AutoCloseable {

    static final String ALICE = "alice@example.com";
    static final String BOB = "bob@example.com";

    final FakeExchange exchange = new FakeExchange(List.of(
            Person.builder("carol@example.com", PeopleSource.DIRECTORY).displayName("Carol Danvers").givenName("Carol")
                    .surname("Danvers").emailAddress("carol@example.com").jobTitle("Pilot").build(),
            Person.builder("dave@example.com", PeopleSource.DIRECTORY).displayName("Dave Lister")
                    .emailAddress("dave@example.com").build()));
    final InMemoryPimService alice = exchange.addUser("alice", "secret-a", ALICE);
    final InMemoryPimService bob = exchange.addUser("bob", "secret-b", BOB);
    final SessionCache sessions = new SessionCache(exchange, Duration.ofMinutes(5), 10);
    final CaldavServer server;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final String base;

    DavFixture() throws IOException {
        server = new CaldavServer(CaldavServerOptions.loopback(), sessions).start();
        base = "http://127.0.0.1:" + server.localAddress().getPort();
    }

    /** A response: status, headers, body. */
    record Reply(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        Document xml() {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new AssertionError("not XML: " + body, e);
            }
        }

        /** Text of every element with this namespace and local name. */
        List<String> texts(String namespace, String local) {
            List<String> texts = new ArrayList<>();
            NodeList nodes = xml().getElementsByTagNameNS(namespace, local);
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent().trim());
            }
            return texts;
        }

        List<String> hrefs() {
            List<String> hrefs = new ArrayList<>();
            NodeList responses = xml().getElementsByTagNameNS("DAV:", "response");
            for (int i = 0; i < responses.getLength(); i++) {
                Element response = (Element) responses.item(i);
                hrefs.add(response.getElementsByTagNameNS("DAV:", "href").item(0).getTextContent().trim());
            }
            return hrefs;
        }

        /** The status line of the propstat holding the named property in the response for href. */
        String propStatus(String href, String namespace, String local) {
            NodeList responses = xml().getElementsByTagNameNS("DAV:", "response");
            for (int i = 0; i < responses.getLength(); i++) {
                Element response = (Element) responses.item(i);
                if (!response.getElementsByTagNameNS("DAV:", "href").item(0).getTextContent().trim().equals(href)) {
                    continue;
                }
                NodeList propstats = response.getElementsByTagNameNS("DAV:", "propstat");
                for (int j = 0; j < propstats.getLength(); j++) {
                    Element propstat = (Element) propstats.item(j);
                    if (propstat.getElementsByTagNameNS(namespace, local).getLength() > 0) {
                        Node status = propstat.getElementsByTagNameNS("DAV:", "status").item(0);
                        return status.getTextContent().trim();
                    }
                }
            }
            return null;
        }
    }

    Reply send(String method, String path, String user, String password, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().map(), response.body());
    }

    /** As alice. */
    Reply alice(String method, String path, String body, String... headers) throws IOException, InterruptedException {
        return send(method, path, "alice", "secret-a", body, headers);
    }

    static String event(String uid, String summary, String start, String end, String... extra) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:" + uid
                + "\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:" + start + "\r\nDTEND:" + end + "\r\nSUMMARY:" + summary
                + "\r\n" + String.join("", java.util.Arrays.stream(extra).map(l -> l + "\r\n").toList())
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    @Override
    public void close() {
        server.close();
        sessions.close();
    }
}
