package org.bridgehead.ldap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Puts contacts into a user's Contacts folder the way an Exchange client does: an EWS CreateItem over HTTP. */
final class ExchangeContacts {
    private static final String ENVELOPE = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\""
            + " xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">"
            + "<soap:Header><t:RequestServerVersion Version=\"Exchange2013_SP1\"/></soap:Header>"
            + "<soap:Body><m:CreateItem><m:SavedItemFolderId><t:DistinguishedFolderId Id=\"contacts\"/>"
            + "</m:SavedItemFolderId><m:Items>%s</m:Items></m:CreateItem></soap:Body></soap:Envelope>";

    private ExchangeContacts() {
    }

    /** @param contact a {@code t:Contact} element, its children in schema order */
    static void create(URI ewsUrl, String user, String password, String contact) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(ewsUrl)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString(String.format(ENVELOPE, contact), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("ResponseClass=\"Success\"")) {
            throw new IOException("CreateItem of a contact failed: " + response.statusCode() + " " + response.body());
        }
    }
}
