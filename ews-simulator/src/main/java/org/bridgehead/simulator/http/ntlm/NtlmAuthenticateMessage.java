package org.bridgehead.simulator.http.ntlm;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The client's type 3 (AUTHENTICATE) message, MS-NLMP 2.2.1.3.
 *
 * @param lmResponse LmChallengeResponse (LMv2, or the client challenge for NTLM2 session security)
 * @param ntResponse NtChallengeResponse (24 bytes for NTLMv1, longer for NTLMv2)
 */
record NtlmAuthenticateMessage(byte[] lmResponse, byte[] ntResponse, String domain, String user,
                               String workstation, int flags) {

    static NtlmAuthenticateMessage parse(byte[] message) throws NtlmFormatException {
        NtlmMessageReader reader = new NtlmMessageReader(message, 3);
        byte[] lm = reader.field(12);
        byte[] nt = reader.field(20);
        byte[] domain = reader.field(28);
        byte[] user = reader.field(36);
        byte[] workstation = reader.field(44);
        // Very old clients end the header before the session key and flags; they speak OEM.
        int flags = reader.firstPayloadOffset() >= 64 ? reader.int32(60) : NtlmFlags.OEM;
        Charset charset = (flags & NtlmFlags.UNICODE) != 0 ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1;
        return new NtlmAuthenticateMessage(lm, nt, new String(domain, charset), new String(user, charset),
                new String(workstation, charset), flags);
    }

    @Override
    public String toString() {
        return "NtlmAuthenticateMessage[user=" + user + ", domain=" + domain + ", ntResponseLength="
                + ntResponse.length + "]"; // never the responses: they can be cracked offline
    }
}
