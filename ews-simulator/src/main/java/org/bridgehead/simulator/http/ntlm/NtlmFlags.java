package org.bridgehead.simulator.http.ntlm;

/** NTLM negotiate flags (MS-NLMP 2.2.2.5) the simulator reads or sets. */
final class NtlmFlags {
    static final int UNICODE = 0x00000001;
    static final int OEM = 0x00000002;
    static final int REQUEST_TARGET = 0x00000004;
    static final int NTLM = 0x00000200;
    static final int ALWAYS_SIGN = 0x00008000;
    static final int TARGET_TYPE_DOMAIN = 0x00010000;
    static final int EXTENDED_SESSION_SECURITY = 0x00080000;
    static final int TARGET_INFO = 0x00800000;
    static final int VERSION = 0x02000000;
    static final int KEY_128 = 0x20000000;
    static final int KEY_56 = 0x80000000;

    private NtlmFlags() {
    }
}
