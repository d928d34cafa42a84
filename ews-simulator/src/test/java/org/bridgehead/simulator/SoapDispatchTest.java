package org.bridgehead.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;

import org.bridgehead.simulator.soap.EwsNamespaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SoapDispatchTest {
    private static final String ALICE = SoapClient.basic("alice@example.com", TestAccounts.ALICE.password());

    @RegisterExtension
    final StubSimulator stub = new StubSimulator();
    private final SoapClient client = new SoapClient();

    private HttpResponse<String> post(String body) throws Exception {
        return client.post(stub.simulator().ewsUrl(), ALICE, body);
    }

    private static void assertFault(HttpResponse<String> response, String faultCode, String responseCode) throws Exception {
        assertEquals(500, response.statusCode(), response.body());
        assertEquals("text/xml; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        Document fault = SoapClient.parse(response.body());
        assertEquals(faultCode, SoapClient.text(fault, "", "faultcode"));
        assertEquals(responseCode, SoapClient.text(fault, EwsNamespaces.ERRORS, "ResponseCode"));
        assertNotNull(SoapClient.text(fault, EwsNamespaces.ERRORS, "Message"));
        Element code = (Element) fault.getElementsByTagName("faultcode").item(0);
        assertEquals(EwsNamespaces.TYPES, code.lookupNamespaceURI("a"));
    }

    @Test
    void responseCarriesExchange2016ServerVersionInfo() throws Exception {
        HttpResponse<String> response = post(SoapClient.getFolderRequest());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope"), response.body());
        Document document = SoapClient.parse(response.body());
        Element info = (Element) document.getElementsByTagNameNS(EwsNamespaces.TYPES, "ServerVersionInfo").item(0);
        assertEquals(EwsNamespaces.SOAP, info.getParentNode().getNamespaceURI());
        assertEquals("Header", info.getParentNode().getLocalName());
        assertEquals("15", info.getAttribute("MajorVersion"));
        assertEquals("1", info.getAttribute("MinorVersion"));
        assertEquals("2507", info.getAttribute("MajorBuildNumber"));
        assertEquals("6", info.getAttribute("MinorBuildNumber"));
        assertEquals("V2017_07_11", info.getAttribute("Version"));
        Element answer = (Element) document.getElementsByTagNameNS(EwsNamespaces.MESSAGES, "GetFolderResponse").item(0);
        assertEquals("Body", answer.getParentNode().getLocalName());
    }

    @Test
    void requestServerVersionReachesTheOperation() throws Exception {
        assertTrue(post(SoapClient.getFolderRequest()).body().contains("(Exchange2010_SP2)"));
    }

    @Test
    void missingRequestServerVersionMeansExchange2007Sp1() throws Exception {
        String body = SoapClient.envelope("", "<m:GetFolder/>");

        assertTrue(post(body).body().contains("(Exchange2007_SP1)"));
    }

    @Test
    void pathMatchesCaseInsensitivelyAsIisDoes() throws Exception {
        URI lowerCase = stub.simulator().ewsUrl().resolve("/ews/exchange.asmx");

        assertEquals(200, client.post(lowerCase, ALICE, SoapClient.getFolderRequest()).statusCode());
    }

    @Test
    void otherPathsAre404() throws Exception {
        URI elsewhere = stub.simulator().ewsUrl().resolve("/owa/");

        assertEquals(404, client.post(elsewhere, ALICE, SoapClient.getFolderRequest()).statusCode());
    }

    @Test
    void malformedXmlGetsSchemaValidationFaultWithItsPosition() throws Exception {
        HttpResponse<String> response = post("<soap:Envelope><unclosed>");

        assertFault(response, "a:ErrorSchemaValidation", "ErrorSchemaValidation");
        Document fault = SoapClient.parse(response.body());
        assertNotNull(SoapClient.text(fault, EwsNamespaces.TYPES, "LineNumber"));
        assertNotNull(SoapClient.text(fault, EwsNamespaces.TYPES, "Violation"));
        assertEquals(1, stub.simulator().stats().totalRequests());
    }

    @Test
    void doctypeIsRefusedSoNoEntityIsExpanded() throws Exception {
        String body = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + SoapClient.envelope("", "<m:GetFolder>&e;</m:GetFolder>").substring(38);

        HttpResponse<String> response = post(body);

        assertFault(response, "a:ErrorSchemaValidation", "ErrorSchemaValidation");
        assertTrue(!response.body().contains("root:"), response.body());
    }

    @Test
    void xmlThatIsNotSoapGetsInvalidRequestFault() throws Exception {
        assertFault(post("<GetFolder xmlns=\"http://schemas.microsoft.com/exchange/services/2006/messages\"/>"),
                "a:ErrorInvalidRequest", "ErrorInvalidRequest");
    }

    @Test
    void bodyElementOutsideTheMessagesNamespaceGetsInvalidRequestFault() throws Exception {
        assertFault(post(SoapClient.envelope("", "<t:GetFolder/>")), "a:ErrorInvalidRequest", "ErrorInvalidRequest");
    }

    @Test
    void unknownOperationGetsInvalidRequestFault() throws Exception {
        HttpResponse<String> response = post(SoapClient.envelope("", "<m:GetTeleporter/>"));

        assertFault(response, "a:ErrorInvalidRequest", "ErrorInvalidRequest");
        assertEquals(1, stub.simulator().stats().totalRequests());
        assertEquals(0, stub.simulator().stats().requests("GetTeleporter"), "unknown names are not counted by name");
    }

    @Test
    void operationFaultIsAnsweredWithItsCodes() throws Exception {
        assertFault(post(SoapClient.envelope("", "<m:EmptyFolder/>")), "a:ErrorSchemaValidation", "ErrorSchemaValidation");
    }

    @Test
    void unexpectedExceptionInAnOperationBecomesInternalServerErrorFault() throws Exception {
        HttpResponse<String> response = post(SoapClient.envelope("", "<m:DeleteFolder/>"));

        assertFault(response, "a:ErrorInternalServerError", "ErrorInternalServerError");
        assertTrue(!response.body().contains("DeleteFolderResponse"), "the partial answer is discarded");
        assertTrue(!response.body().contains("simulated bug"), "no internals leak to the client");
    }

    @Test
    void impersonationIsDenied() throws Exception {
        String header = "<t:RequestServerVersion Version=\"Exchange2010_SP2\"/><t:ExchangeImpersonation>"
                + "<t:ConnectingSID><t:PrimarySmtpAddress>bob@example.com</t:PrimarySmtpAddress></t:ConnectingSID>"
                + "</t:ExchangeImpersonation>";

        assertFault(post(SoapClient.envelope(header, "<m:GetFolder/>")),
                "a:ErrorImpersonateUserDenied", "ErrorImpersonateUserDenied");
    }

    @Test
    void largeResponseIsStreamedCompletely() throws Exception {
        HttpResponse<String> response = post(SoapClient.envelope("", "<m:GetItem/>"));

        assertEquals(200, response.statusCode());
        Document document = SoapClient.parse(response.body());
        assertEquals(StubOperations.Large.CHUNKS,
                document.getElementsByTagNameNS(EwsNamespaces.TYPES, "MimeContent").getLength());
        assertTrue(stub.simulator().stats().bytesOut() >= (long) StubOperations.Large.CHUNKS * StubOperations.Large.CHUNK.length());
    }

    @Test
    void getOnTheEwsUrlAnswersAfterAuthentication() throws Exception {
        assertEquals(401, client.get(stub.simulator().ewsUrl()).statusCode());

        HttpResponse<String> page = client.get(stub.simulator().ewsUrl(), ALICE);

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Exchange Web Services"));
        assertEquals(0, stub.simulator().stats().totalRequests(), "a GET is no EWS request");
    }
}
