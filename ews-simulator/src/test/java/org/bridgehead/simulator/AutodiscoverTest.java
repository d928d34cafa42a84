package org.bridgehead.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AutodiscoverTest {
    private static final String RESPONSE_NS = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
    private static final String OUTLOOK_NS = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";
    private static final String ALICE = SoapClient.basic("alice@example.com", TestAccounts.ALICE.password());

    @RegisterExtension
    final StubSimulator stub = new StubSimulator();
    private final SoapClient client = new SoapClient();

    private static String request(String address) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006\">"
                + "<Request><EMailAddress>" + address + "</EMailAddress>"
                + "<AcceptableResponseSchema>" + OUTLOOK_NS + "</AcceptableResponseSchema></Request></Autodiscover>";
    }

    /** Outlook's spelling; the simulator's own URL is all lower case. */
    private URI url() {
        return stub.simulator().ewsUrl().resolve("/Autodiscover/Autodiscover.xml");
    }

    @Test
    void knownAddressGetsTheEwsUrlInBothProtocolSections() throws Exception {
        HttpResponse<String> response = client.post(stub.simulator().autodiscoverUrl(), ALICE, request("alice@example.com"));

        assertEquals(200, response.statusCode());
        Document document = SoapClient.parse(response.body());
        assertEquals(RESPONSE_NS, document.getDocumentElement().getNamespaceURI());
        assertEquals("Alice Archer", SoapClient.text(document, OUTLOOK_NS, "DisplayName"));
        assertEquals("alice@example.com", SoapClient.text(document, OUTLOOK_NS, "AutoDiscoverSMTPAddress"));
        assertEquals("settings", SoapClient.text(document, OUTLOOK_NS, "Action"));
        NodeList protocols = document.getElementsByTagNameNS(OUTLOOK_NS, "Protocol");
        assertEquals(2, protocols.getLength());
        for (int i = 0; i < protocols.getLength(); i++) {
            Element protocol = (Element) protocols.item(i);
            assertEquals(i == 0 ? "EXCH" : "EXPR", protocol.getElementsByTagNameNS(OUTLOOK_NS, "Type").item(0).getTextContent());
            assertEquals(stub.simulator().ewsUrl().toString(),
                    protocol.getElementsByTagNameNS(OUTLOOK_NS, "EwsUrl").item(0).getTextContent());
        }
    }

    @Test
    void unknownAddressGetsError500() throws Exception {
        HttpResponse<String> response = client.post(url(), ALICE, request("nobody@example.com"));

        assertEquals(200, response.statusCode());
        Document document = SoapClient.parse(response.body());
        assertEquals("500", SoapClient.text(document, RESPONSE_NS, "ErrorCode"));
        assertEquals("The e-mail address cannot be found.", SoapClient.text(document, RESPONSE_NS, "Message"));
    }

    @Test
    void malformedRequestGetsError600() throws Exception {
        HttpResponse<String> response = client.post(url(), ALICE, "<Autodiscover>");

        assertEquals("600", SoapClient.text(SoapClient.parse(response.body()), RESPONSE_NS, "ErrorCode"));
    }

    @Test
    void requiresAuthentication() throws Exception {
        HttpResponse<String> response = client.post(url(), null, request("alice@example.com"));

        assertEquals(401, response.statusCode());
        assertEquals("Basic realm=\"EWS simulator\"", response.headers().firstValue("WWW-Authenticate").orElseThrow());
    }
}
