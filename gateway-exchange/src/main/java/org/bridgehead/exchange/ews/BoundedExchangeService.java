package org.bridgehead.exchange.ews;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.CookieProcessingTargetAuthenticationStrategy;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.credential.ExchangeCredentials;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.core.exception.http.HttpErrorException;
import microsoft.exchange.webservices.data.core.request.HttpWebRequest;
import org.apache.http.HttpEntity;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.entity.ContentType;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.util.EntityUtils;
import org.apache.http.impl.client.HttpClients;
import org.bridgehead.exchange.Credentials;

/**
 * An {@link ExchangeService} for one user, on the backend's shared connection pool.
 *
 * <p>The HTTP client ews-java-api builds is replaced because (a) it accepts any single
 * self-signed certificate that is within its validity dates, (b) it has one timeout for
 * connecting and reading, and none for the TLS handshake, and (c) it opens connections outside
 * any global bound. The same holds for the second client ews-java-api keeps for subscriptions
 * (Subscribe, GetStreamingEvents), which is therefore set too; a streaming watch holds one pooled
 * connection while it is open. Password authentication stays ews-java-api's: its credentials answer an
 * NTLM or a Basic challenge (NTLM preferred when both are offered), and Basic is then sent pre-emptively;
 * OAuth sends a bearer token ({@link BearerCredentials}).
 */
final class BoundedExchangeService extends ExchangeService {

    /**
     * Connections for a folder watch: the subscription call, the held-open GetStreamingEvents (or a
     * poll). Closing the watch's service closes them, which is the only way to end a streaming
     * request at once: ews-java-api ends it by reading the response to its end, minutes away.
     */
    private static final int WATCH_CONNECTIONS = 2;

    /** The pool this service closes with itself; null for a service on the backend's shared pool. */
    private final EwsConnectionPool ownPool;
    /** Streams large MIME content into requests; see {@link #mimeUpload()}. */
    private final MimeUpload mimeUpload = new MimeUpload();
    /** Streams MIME content out of responses; see {@link #mimeDownload()}. */
    private final MimeDownload mimeDownload = new MimeDownload();

    BoundedExchangeService(EwsSettings settings, ExchangeCredentials credentials, EwsConnectionPool pool) {
        this(settings, credentials, pool, null);
    }

    /** A service with connections of its own, for a folder watch. */
    static BoundedExchangeService forWatch(EwsSettings settings, ExchangeCredentials credentials) {
        EwsConnectionPool pool = new EwsConnectionPool(settings, WATCH_CONNECTIONS);
        return new BoundedExchangeService(settings, credentials, pool, pool);
    }

    private BoundedExchangeService(EwsSettings settings, ExchangeCredentials credentials, EwsConnectionPool pool,
            EwsConnectionPool ownPool) {
        super(ExchangeVersion.Exchange2010_SP2);
        this.ownPool = ownPool;
        replaceHttpClient(pool);
        setUrl(settings.ewsUrl());
        // ews-java-api applies this to reading, to connecting (capped by ConnectTimeoutSocketFactory)
        // and to waiting for a pooled connection.
        setTimeout(EwsConnectionPool.millis(settings.readTimeout().toMillis()));
        setUserAgent("Bridgehead");
        setCredentials(credentials);
    }

    /** Where a sender offers MIME content to be streamed into its request instead of built in memory. */
    MimeUpload mimeUpload() {
        return mimeUpload;
    }

    /** Where a caller expects MIME content to be streamed out of its responses instead of parsed in memory. */
    MimeDownload mimeDownload() {
        return mimeDownload;
    }

    /** A body fetched with GET, and its media type. */
    record Download(String contentType, byte[] bytes) {
    }

    /**
     * GETs a resource of the EWS virtual directory (e.g. the REST GetUserPhoto) with this user's
     * credentials and connections; empty on 404. ews-java-api only ever POSTs, so its request object
     * is prepared (which puts the credentials into the shared HTTP context) but the GET is our own.
     *
     * @throws HttpErrorException for any other status but 200, for EwsErrors to map
     */
    Optional<Download> get(URI uri, long maxBytes) throws Exception {
        HttpWebRequest prepared = prepareHttpWebRequestForUrl(uri, false, false);
        prepared.prepareConnection();
        prepared.close();
        HttpGet get = new HttpGet(uri);
        get.setHeader("User-Agent", getUserAgent());
        // A bearer token travels as a header the prepared request holds, not in the HTTP context.
        String authorization = prepared.getHeaders().get("Authorization");
        if (authorization != null) {
            get.setHeader("Authorization", authorization);
        }
        try (CloseableHttpResponse response = httpClient.execute(get, httpContext)) {
            int status = response.getStatusLine().getStatusCode();
            HttpEntity entity = response.getEntity();
            if (status == 404) {
                EntityUtils.consumeQuietly(entity);
                return Optional.empty();
            }
            if (status != 200 || entity == null) {
                EntityUtils.consumeQuietly(entity);
                throw new HttpErrorException("GET " + uri.getPath() + " answered " + status, status);
            }
            if (entity.getContentLength() > maxBytes) {
                EntityUtils.consumeQuietly(entity);
                throw new IOException("the answer is larger than " + maxBytes + " bytes");
            }
            ContentType type = ContentType.get(entity);
            byte[] bytes;
            try (java.io.InputStream in = entity.getContent()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                throw new IOException("the answer is larger than " + maxBytes + " bytes");
            }
            return Optional.of(new Download(type == null ? "application/octet-stream" : type.getMimeType(), bytes));
        }
    }

    @Override
    public void close() {
        super.close();
        if (ownPool != null) {
            ownPool.close();
        }
    }

    /** {@code DOMAIN\name} logins carry the domain separately, as NTLM needs it. */
    static WebCredentials webCredentials(Credentials credentials) {
        String login = credentials.userName();
        int backslash = login.indexOf('\\');
        if (backslash > 0) {
            return new WebCredentials(login.substring(backslash + 1), credentials.secret(),
                    login.substring(0, backslash));
        }
        return new WebCredentials(login, credentials.secret());
    }

    private void replaceHttpClient(EwsConnectionPool pool) {
        try {
            httpClient.close();
        } catch (IOException e) {
            // The discarded client never opened a connection; nothing is lost.
        }
        httpClient = pooledClient(pool, mimeUpload, mimeDownload);
        // ews-java-api would otherwise build this one lazily, with its own lax TLS and no bound.
        httpPoolingClient = pooledClient(pool, mimeUpload, mimeDownload);
    }

    private static CloseableHttpClient pooledClient(EwsConnectionPool pool, MimeUpload mimeUpload,
            MimeDownload mimeDownload) {
        return HttpClients.custom()
                // First, so that the Content-Length HttpClient sets is that of the streamed body.
                .addInterceptorFirst(mimeUpload)
                // Last, so that it reads the body after HttpClient has undone any gzip.
                .addInterceptorLast(mimeDownload)
                .setConnectionManager(pool.manager())
                .setConnectionManagerShared(true)
                .setTargetAuthenticationStrategy(new CookieProcessingTargetAuthenticationStrategy())
                // Retrying is EwsCallRunner's job, with back-off and a bound; no hidden extra attempts.
                .disableAutomaticRetries()
                .build();
    }
}
