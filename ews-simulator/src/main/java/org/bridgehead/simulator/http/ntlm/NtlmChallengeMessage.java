package org.bridgehead.simulator.http.ntlm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the server's type 2 (CHALLENGE) message, MS-NLMP 2.2.1.2. */
final class NtlmChallengeMessage {
    private static final int HEADER_LENGTH = 56;
    private static final int AV_EOL = 0;
    private static final int AV_NB_COMPUTER_NAME = 1;
    private static final int AV_NB_DOMAIN_NAME = 2;
    private static final int AV_DNS_COMPUTER_NAME = 3;
    private static final int AV_DNS_DOMAIN_NAME = 4;

    private NtlmChallengeMessage() {
    }

    /**
     * @param clientFlags the flags of the client's type 1 message; the answer grants what the client
     *                    asked for among what the simulator supports
     */
    static byte[] write(int clientFlags, byte[] serverChallenge, NtlmServerIdentity server) {
        int flags = NtlmFlags.REQUEST_TARGET | NtlmFlags.NTLM | NtlmFlags.ALWAYS_SIGN
                | NtlmFlags.TARGET_TYPE_DOMAIN | NtlmFlags.TARGET_INFO | NtlmFlags.VERSION
                | (clientFlags & (NtlmFlags.EXTENDED_SESSION_SECURITY | NtlmFlags.KEY_128 | NtlmFlags.KEY_56));
        flags |= (clientFlags & NtlmFlags.UNICODE) != 0 ? NtlmFlags.UNICODE : NtlmFlags.OEM;
        byte[] targetName = (flags & NtlmFlags.UNICODE) != 0
                ? utf16(server.netbiosDomain())
                : server.netbiosDomain().getBytes(StandardCharsets.ISO_8859_1);
        byte[] targetInfo = targetInfo(server);

        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER_LENGTH + targetName.length + targetInfo.length);
        out.writeBytes(NtlmMessageReader.SIGNATURE);
        int32(out, 2);
        fieldDescriptor(out, targetName.length, HEADER_LENGTH);
        int32(out, flags);
        out.writeBytes(serverChallenge);
        out.writeBytes(new byte[8]); // reserved
        fieldDescriptor(out, targetInfo.length, HEADER_LENGTH + targetName.length);
        // Version: Windows Server 2016 (10.0.14393), NTLM revision 15
        out.writeBytes(new byte[] {10, 0, (byte) (14393 & 0xff), (byte) (14393 >> 8), 0, 0, 0, 15});
        out.writeBytes(targetName);
        out.writeBytes(targetInfo);
        return out.toByteArray();
    }

    private static byte[] targetInfo(NtlmServerIdentity server) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        avPair(out, AV_NB_DOMAIN_NAME, utf16(server.netbiosDomain()));
        avPair(out, AV_NB_COMPUTER_NAME, utf16(server.netbiosComputer()));
        avPair(out, AV_DNS_DOMAIN_NAME, utf16(server.dnsDomain()));
        avPair(out, AV_DNS_COMPUTER_NAME, utf16(server.dnsComputer()));
        avPair(out, AV_EOL, new byte[0]);
        return out.toByteArray();
    }

    private static void avPair(ByteArrayOutputStream out, int id, byte[] value) {
        int16(out, id);
        int16(out, value.length);
        out.writeBytes(value);
    }

    private static void fieldDescriptor(ByteArrayOutputStream out, int length, int offset) {
        int16(out, length);
        int16(out, length);
        int32(out, offset);
    }

    private static void int16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xff);
        out.write((value >>> 8) & 0xff);
    }

    private static void int32(ByteArrayOutputStream out, int value) {
        int16(out, value & 0xffff);
        int16(out, value >>> 16);
    }

    private static byte[] utf16(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }
}
