package org.bridgehead.ldap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts contacts into a user's Contacts folder the way an Exchange client does: EWS CreateItem and CreateAttachment over HTTP. */
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

    private static final String ATTACH = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\""
            + " xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">"
            + "<soap:Header><t:RequestServerVersion Version=\"Exchange2013_SP1\"/></soap:Header>"
            + "<soap:Body><m:CreateAttachment><m:ParentItemId Id=\"%s\"/><m:Attachments><t:FileAttachment>"
            + "<t:Name>ContactPicture.jpg</t:Name><t:ContentType>image/jpeg</t:ContentType>"
            + "<t:IsContactPhoto>true</t:IsContactPhoto><t:Content>%s</t:Content></t:FileAttachment></m:Attachments>"
            + "</m:CreateAttachment></soap:Body></soap:Envelope>";
    private static final Pattern ITEM_ID = Pattern.compile("ItemId Id=\"([^\"]+)\"");

    /**
     * @param contact a {@code t:Contact} element, its children in schema order
     * @return the new contact's item id
     */
    static String create(URI ewsUrl, String user, String password, String contact) throws IOException, InterruptedException {
        String body = post(ewsUrl, user, password, String.format(ENVELOPE, contact), "CreateItem");
        Matcher id = ITEM_ID.matcher(body);
        if (!id.find()) {
            throw new IOException("CreateItem answered no item id: " + body);
        }
        return id.group(1);
    }

    /** Gives a contact its picture, as Outlook does: a file attachment marked IsContactPhoto. */
    static void attachPicture(URI ewsUrl, String user, String password, String itemId, byte[] jpeg)
            throws IOException, InterruptedException {
        post(ewsUrl, user, password, String.format(ATTACH, itemId, Base64.getEncoder().encodeToString(jpeg)),
                "CreateAttachment");
    }

    private static String post(URI ewsUrl, String user, String password, String envelope, String operation)
            throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(ewsUrl)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("ResponseClass=\"Success\"")) {
            throw new IOException(operation + " failed: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
