package org.bridgehead.simulator.http.ntlm;

/** The names the simulated server announces in its NTLM challenge. */
record NtlmServerIdentity(String netbiosDomain, String netbiosComputer, String dnsDomain, String dnsComputer) {

    static final NtlmServerIdentity SIMULATOR =
            new NtlmServerIdentity("SIMULATOR", "EXCHANGE", "simulator.local", "exchange.simulator.local");
}
