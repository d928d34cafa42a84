package org.bridgehead.exchange.ews;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.http.HttpEntity;
import org.apache.http.HttpResponse;
import org.apache.http.HttpResponseInterceptor;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.protocol.HttpContext;
import org.bridgehead.exchange.cache.ContentSink;

/**
 * Takes the MIME content out of a GetItem response as the response arrives, decoded straight into
 * content sinks (spool files for large messages), instead of letting ews-java-api hold it.
 *
 * <p>ews-java-api reads a whole response into memory and keeps a MimeContent several times over
 * (its base64 text, the decoded bytes, the item): a 50 MB message would need far more than a
 * 256 MB heap. So a caller that asks for MIME content first expects it here; this interceptor of
 * the session's HTTP client then passes ews-java-api the response with a short stand-in for each
 * MimeContent's text (see {@link MimeContentFilter}), and the caller exchanges the stand-in it
 * finds on an item for the sink that holds the content. Responses nobody expects pass unchanged.
 * The mirror image of {@link MimeUpload}.
 */
final class MimeDownload implements HttpResponseInterceptor {

    /** A GetItem response besides its MIME content: ids and response codes of at most 1,000 items. */
    private static final long LARGEST_XML = 16L * 1024 * 1024;
    private static final String STAND_IN_PREFIX = "bridgehead-mime-";

    /** HttpClient runs the interceptor on the thread that makes the call: the one that expects. */
    private final ThreadLocal<Expectation> expected = new ThreadLocal<>();

    /** MIME content expected by the calls this thread makes until it is closed. */
    final class Expectation implements AutoCloseable {
        private final Supplier<ContentSink> sinks;
        /** The sinks of the latest response; a retried call replaces those of the failed one. */
        private final List<ContentSink> received = new ArrayList<>();

        private Expectation(Supplier<ContentSink> sinks) {
            this.sinks = sinks;
        }

        /** The sink whose stand-in ews-java-api gave as an item's MIME content, if it is one. */
        Optional<ContentSink> take(byte[] standIn) {
            String text = new String(standIn, StandardCharsets.US_ASCII);
            if (!text.startsWith(STAND_IN_PREFIX)) {
                return Optional.empty();
            }
            try {
                int index = Integer.parseInt(text.substring(STAND_IN_PREFIX.length()));
                return index < received.size() ? Optional.of(received.get(index)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        private void receive(HttpResponse response, HttpEntity entity) throws IOException {
            discardReceived();
            byte[] xml;
            try (InputStream in = entity.getContent()) {
                xml = MimeContentFilter.filter(in, LARGEST_XML, new MimeContentFilter.Outputs() {
                    @Override
                    public OutputStream open(int index) {
                        ContentSink sink = sinks.get();
                        received.add(sink);
                        return sink;
                    }

                    @Override
                    public void complete(int index) throws IOException {
                        received.get(index).complete();
                    }

                    @Override
                    public byte[] standIn(int index) {
                        return Base64.getEncoder().encode((STAND_IN_PREFIX + index).getBytes(StandardCharsets.US_ASCII));
                    }
                });
            } catch (IOException | RuntimeException e) {
                discardReceived();
                throw e;
            }
            ByteArrayEntity filtered = new ByteArrayEntity(xml);
            filtered.setContentType(entity.getContentType());
            response.setEntity(filtered);
        }

        private void discardReceived() {
            for (ContentSink sink : received) {
                closeQuietly(sink);
            }
            received.clear();
        }

        /** Deletes every spool file not handed to the cache. */
        @Override
        public void close() {
            discardReceived();
            expected.remove();
        }
    }

    /** Expects MIME content in this thread's calls; each content goes to a fresh sink. */
    Expectation expect(Supplier<ContentSink> sinks) {
        Expectation expectation = new Expectation(sinks);
        expected.set(expectation);
        return expectation;
    }

    @Override
    public void process(HttpResponse response, HttpContext context) throws IOException {
        Expectation expectation = expected.get();
        HttpEntity entity = response.getEntity();
        // Only a successful answer carries items; faults and authentication challenges pass as they are.
        if (expectation == null || entity == null || response.getStatusLine().getStatusCode() != 200) {
            return;
        }
        expectation.receive(response, entity);
    }

    private static void closeQuietly(ContentSink sink) {
        try {
            sink.close();
        } catch (IOException e) {
            // A spool file that cannot be deleted is removed with the spool directory when the cache closes.
        }
    }
}
