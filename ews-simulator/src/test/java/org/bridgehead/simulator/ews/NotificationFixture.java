package org.bridgehead.simulator.ews;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import org.bridgehead.simulator.EwsSimulator;

/** Clients for notification tests: ews-java-api services and raw SOAP over the JDK HTTP client. */
final class NotificationFixture {
    static final String M = "http://schemas.microsoft.com/exchange/services/2006/messages";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private NotificationFixture() {
    }

    static ExchangeService service(EwsSimulator simulator, String user) {
        ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        service.setUrl(simulator.ewsUrl());
        service.setCredentials(new WebCredentials(user, "demo"));
        service.setTimeout(30_000);
        return service;
    }

    static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\""
                + " xmlns:m=\"" + M + "\">"
                + "<soap:Header><t:RequestServerVersion Version=\"Exchange2010_SP2\"/></soap:Header>"
                + "<soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    static String streamingSubscribe() {
        return envelope("<m:Subscribe><m:StreamingSubscriptionRequest><t:FolderIds>"
                + "<t:DistinguishedFolderId Id=\"inbox\"/></t:FolderIds><t:EventTypes>"
                + "<t:EventType>NewMailEvent</t:EventType></t:EventTypes></m:StreamingSubscriptionRequest></m:Subscribe>");
    }

    static String getStreamingEvents(String subscriptionId, int minutes) {
        return envelope("<m:GetStreamingEvents><m:SubscriptionIds><t:SubscriptionId>" + subscriptionId
                + "</t:SubscriptionId></m:SubscriptionIds><m:ConnectionTimeout>" + minutes
                + "</m:ConnectionTimeout></m:GetStreamingEvents>");
    }

    static String getEvents(String subscriptionId, String watermark) {
        return envelope("<m:GetEvents><m:SubscriptionId>" + subscriptionId + "</m:SubscriptionId><m:Watermark>"
                + watermark + "</m:Watermark></m:GetEvents>");
    }

    /** Posts a request and returns the whole response body. */
    static String post(EwsSimulator simulator, String user, String body) throws IOException, InterruptedException {
        return HTTP.send(request(simulator.ewsUrl(), user, body),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    /** Posts a request and returns the response body as it arrives. */
    static InputStream open(EwsSimulator simulator, String user, String body) throws IOException, InterruptedException {
        return HTTP.send(request(simulator.ewsUrl(), user, body), HttpResponse.BodyHandlers.ofInputStream()).body();
    }

    private static HttpRequest request(URI uri, String user, String body) {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    /** The text between the first {@code <m:name>} and its end tag, or null. */
    static String element(String xml, String name) {
        int start = xml.indexOf("<m:" + name + ">");
        if (start < 0) {
            return null;
        }
        start += name.length() + 4;
        return xml.substring(start, xml.indexOf("</m:" + name + ">", start));
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
