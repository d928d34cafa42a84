package org.bridgehead.exchange.ews;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.http.HttpEntity;
import org.apache.http.HttpEntityEnclosingRequest;
import org.apache.http.HttpRequest;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.protocol.HttpContext;
import org.bridgehead.exchange.mail.Content;

/**
 * Puts a message's MIME content into a request as the request goes out, streamed from its
 * {@link Content}, instead of into the request ews-java-api builds in memory.
 *
 * <p>ews-java-api holds a request's MIME content several times over (the bytes, their base64 text
 * and the XML buffer): a 50 MB message would need well over 256 MB of heap. So a sender offers the
 * content here and hands ews-java-api a short random stand-in instead. This interceptor of the
 * session's HTTP client finds the stand-in's base64 text in the request ews-java-api built and
 * sends the content's base64 in its place. Requests without the stand-in pass unchanged.
 *
 * <p>An offer may also carry elements that follow t:MimeContent in the item (see
 * {@link RecipientElements}); they are written right after its end tag.
 */
final class MimeUpload implements HttpRequestInterceptor {

    /** The requests searched for the stand-in are small: everything but the MIME content. */
    private static final long LARGEST_REQUEST_SEARCHED = 1024 * 1024;
    private static final int STAND_IN_BYTES = 24;
    /** The end of the MimeContent element, whatever its prefix: {@code </t:MimeContent>}. */
    private static final byte[] MIME_CONTENT_END = "MimeContent>".getBytes(StandardCharsets.US_ASCII);
    private static final int MIME_CONTENT_END_SEARCHED = 32;

    private final SecureRandom random = new SecureRandom();
    /** Several at once when connections of one user send at the same time. */
    private final Set<Offer> offered = ConcurrentHashMap.newKeySet();

    /** Content waiting for the request that carries its stand-in; closing withdraws it. */
    final class Offer implements AutoCloseable {
        private final Content content;
        private final byte[] followingElements;
        private final byte[] standIn;
        private final byte[] standInBase64;

        private Offer(Content content, byte[] followingElements, byte[] standIn) {
            this.content = content;
            this.followingElements = followingElements.clone();
            this.standIn = standIn;
            this.standInBase64 = Base64.getEncoder().encode(standIn);
        }

        /** The MIME content to give ews-java-api in place of the real one. */
        byte[] standIn() {
            return standIn.clone();
        }

        @Override
        public void close() {
            offered.remove(this);
        }
    }

    /**
     * Offers content for the requests that carry the returned offer's stand-in, until it is closed.
     *
     * @param followingElements XML written right after the t:MimeContent end tag; may be empty
     */
    Offer offer(Content content, byte[] followingElements) {
        byte[] standIn = new byte[STAND_IN_BYTES];
        random.nextBytes(standIn);
        Offer offer = new Offer(content, followingElements, standIn);
        offered.add(offer);
        return offer;
    }

    @Override
    public void process(HttpRequest request, HttpContext context) throws IOException {
        if (offered.isEmpty() || !(request instanceof HttpEntityEnclosingRequest enclosing)) {
            return;
        }
        HttpEntity entity = enclosing.getEntity();
        if (entity == null || entity.getContentLength() < 0 || entity.getContentLength() > LARGEST_REQUEST_SEARCHED) {
            return;
        }
        ByteArrayOutputStream built = new ByteArrayOutputStream((int) entity.getContentLength());
        entity.writeTo(built);
        byte[] xml = built.toByteArray();
        for (Offer offer : offered) {
            int at = indexOf(xml, offer.standInBase64);
            if (at >= 0) {
                byte[] after = Arrays.copyOfRange(xml, at + offer.standInBase64.length, xml.length);
                enclosing.setEntity(new SplicedMimeEntity(Arrays.copyOfRange(xml, 0, at), offer.content,
                        withFollowingElements(after, offer.followingElements), entity.getContentType()));
                return;
            }
        }
    }

    /** {@code after} starts with the MimeContent end tag; the elements go right behind it. */
    private static byte[] withFollowingElements(byte[] after, byte[] elements) throws IOException {
        if (elements.length == 0) {
            return after;
        }
        int endTag = indexOf(after, MIME_CONTENT_END);
        if (endTag < 0 || endTag > MIME_CONTENT_END_SEARCHED) {
            // Sending to the MIME's recipients instead of the asked ones would be worse than failing.
            throw new IOException("the request has no MimeContent end tag to put the recipients after");
        }
        int insertAt = endTag + MIME_CONTENT_END.length;
        byte[] spliced = new byte[after.length + elements.length];
        System.arraycopy(after, 0, spliced, 0, insertAt);
        System.arraycopy(elements, 0, spliced, insertAt, elements.length);
        System.arraycopy(after, insertAt, spliced, insertAt + elements.length, after.length - insertAt);
        return spliced;
    }

    private static int indexOf(byte[] text, byte[] pattern) {
        outer:
        for (int i = 0; i <= text.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (text[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
