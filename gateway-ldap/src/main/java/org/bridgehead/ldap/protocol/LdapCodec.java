package org.bridgehead.ldap.protocol;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.directory.api.asn1.DecoderException;
import org.apache.directory.api.asn1.EncoderException;
import org.apache.directory.api.asn1.ber.Asn1Decoder;
import org.apache.directory.api.asn1.ber.tlv.TLVStateEnum;
import org.apache.directory.api.asn1.util.Asn1Buffer;
import org.apache.directory.api.ldap.codec.api.LdapApiService;
import org.apache.directory.api.ldap.codec.api.LdapEncoder;
import org.apache.directory.api.ldap.codec.api.LdapMessageContainer;
import org.apache.directory.api.ldap.codec.api.ResponseCarryingException;
import org.apache.directory.api.ldap.model.message.Message;

/**
 * One connection's decoder and encoder, over the Apache Directory codec (ApacheDS's LDAP protocol
 * layer): bytes in, whole request messages out, each request PDU bounded in size; responses to bytes.
 */
public final class LdapCodec {

    /** A request the codec could decode far enough to answer it with an error. */
    public static final class AnswerableDecodingError extends Exception {
        private final transient Message response;

        AnswerableDecodingError(String message, Message response) {
            super(message);
            this.response = response;
        }

        public Message response() {
            return response;
        }
    }

    private final LdapApiService service;
    private final LdapMessageContainer<Message> container;

    public LdapCodec(LdapApiService service, int maxRequestBytes) {
        this.service = service;
        this.container = new LdapMessageContainer<>(service);
        container.setMaxPDUSize(maxRequestBytes);
    }

    /**
     * Decodes what these bytes complete; a partial message waits for the next bytes.
     *
     * @throws AnswerableDecodingError for a well-framed request with a bad value (e.g. a malformed
     *                                 DN), whose error response should be sent before going on
     * @throws DecoderException        for bytes that are not LDAP: the connection must be dropped
     */
    public List<Message> decode(ByteBuffer bytes) throws DecoderException, AnswerableDecodingError {
        List<Message> messages = new ArrayList<>();
        while (bytes.hasRemaining()) {
            try {
                Asn1Decoder.decode(bytes, container);
            } catch (ResponseCarryingException e) {
                container.clean();
                throw new AnswerableDecodingError(e.getMessage(), e.getResponse());
            } catch (DecoderException e) {
                container.clean();
                throw e;
            }
            if (container.getState() == TLVStateEnum.PDU_DECODED) {
                messages.add(container.getMessage());
                container.clean();
            }
        }
        return messages;
    }

    public ByteBuffer encode(Message response) throws EncoderException {
        return LdapEncoder.encodeMessage(new Asn1Buffer(), service, response);
    }
}
