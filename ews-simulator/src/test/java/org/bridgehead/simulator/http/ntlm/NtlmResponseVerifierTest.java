package org.bridgehead.simulator.http.ntlm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The worked examples of MS-NLMP section 4.2 (user "User", domain "Domain", password "Password"). */
class NtlmResponseVerifierTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] SERVER_CHALLENGE = HEX.parseHex("0123456789abcdef");
    private static final int UNICODE_AND_ESS = NtlmFlags.UNICODE | NtlmFlags.EXTENDED_SESSION_SECURITY;

    private static NtlmAuthenticateMessage message(String lm, String nt, int flags) {
        return new NtlmAuthenticateMessage(HEX.parseHex(lm), HEX.parseHex(nt), "Domain", "User", "COMPUTER", flags);
    }

    @Test
    void acceptsNtlmV1Response() {
        NtlmAuthenticateMessage m = message("98def7b87f88aa5dafe2df779688a172def11c7d5ccdef13",
                "67c43011f30298a2ad35ece64f16331c44bdbed927841f94", NtlmFlags.UNICODE);

        assertEquals(Optional.of(NtlmResponseVerifier.Variant.NTLM_V1),
                NtlmResponseVerifier.verify("Password", SERVER_CHALLENGE, m));
    }

    @Test
    void acceptsNtlm2SessionResponse() {
        NtlmAuthenticateMessage m = message("aaaaaaaaaaaaaaaa00000000000000000000000000000000",
                "7537f803ae367128ca458204bde7caf81e97ed2683267232", UNICODE_AND_ESS);

        assertEquals(Optional.of(NtlmResponseVerifier.Variant.NTLM2_SESSION),
                NtlmResponseVerifier.verify("Password", SERVER_CHALLENGE, m));
    }

    @Test
    void acceptsNtlmV2Response() {
        String blob = "0101000000000000" + "0000000000000000" + "aaaaaaaaaaaaaaaa" + "00000000"
                + "02000c0044006f006d00610069006e00" + "01000c005300650072007600650072000000000000000000";
        NtlmAuthenticateMessage m = message("86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa",
                "68cd0ab851e51c96aabc927bebef6a1c" + blob, UNICODE_AND_ESS);

        assertEquals(Optional.of(NtlmResponseVerifier.Variant.NTLM_V2),
                NtlmResponseVerifier.verify("Password", SERVER_CHALLENGE, m));
    }

    @Test
    void rejectsEveryVariantWithAnotherPassword() {
        assertTrue(NtlmResponseVerifier.verify("password", SERVER_CHALLENGE, message("",
                "67c43011f30298a2ad35ece64f16331c44bdbed927841f94", NtlmFlags.UNICODE)).isEmpty());
        assertTrue(NtlmResponseVerifier.verify("Passw0rd", SERVER_CHALLENGE, message("aaaaaaaaaaaaaaaa00000000000000000000000000000000",
                "7537f803ae367128ca458204bde7caf81e97ed2683267232", UNICODE_AND_ESS)).isEmpty());
    }

    @Test
    void rejectsAResponseToAnotherChallenge() {
        NtlmAuthenticateMessage m = message("", "67c43011f30298a2ad35ece64f16331c44bdbed927841f94", NtlmFlags.UNICODE);

        assertTrue(NtlmResponseVerifier.verify("Password", HEX.parseHex("0123456789abcdee"), m).isEmpty());
    }
}
