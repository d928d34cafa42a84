package org.bridgehead.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgehead.app.cli.ExitCodes;
import org.bridgehead.net.tls.ServerCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertCommandTest {

    private static final Pattern FINGERPRINT = Pattern.compile("SHA-256 fingerprint ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})");

    @TempDir
    Path home;

    private static String fingerprint(String out) {
        Matcher matcher = FINGERPRINT.matcher(out);
        assertTrue(matcher.find(), out);
        return matcher.group(1);
    }

    @Test
    void outWritesANewSelfSignedCertificateAndPrintsItsFingerprint() throws Exception {
        Path directory = home.resolve("made");
        CliResult result = InProcessCli.execute(Map.of("XDG_CONFIG_HOME", home.toString()),
                "cert", "--out", directory.toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result::toString);
        Path key = directory.resolve("key.pem");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        ServerCertificate written = ServerCertificate.read(directory.resolve("cert.pem"), key, new char[0]);
        assertEquals(written.fingerprint(), fingerprint(result.out()));
        assertTrue(result.out().contains("localhost") && result.out().contains("127.0.0.1"), result.out());

        CliResult again = InProcessCli.execute(Map.of("XDG_CONFIG_HOME", home.toString()),
                "cert", "--out", directory.toString());
        assertEquals(ExitCodes.INVALID_INPUT, again.exitCode(), again::toString);
        assertEquals(written.fingerprint(),
                ServerCertificate.read(directory.resolve("cert.pem"), key, new char[0]).fingerprint());
    }

    @Test
    void withoutOutTheGatewaysOwnCertificateIsMadeOnceAndKept() {
        Map<String, String> environment = Map.of("XDG_CONFIG_HOME", home.toString(),
                "XDG_DATA_HOME", home.resolve("data").toString());
        CliResult first = InProcessCli.execute(environment, "cert");
        assertEquals(ExitCodes.OK, first.exitCode(), first::toString);
        assertTrue(first.out().contains("made a self-signed certificate"), first.out());
        CliResult second = InProcessCli.execute(environment, "cert");
        assertEquals(fingerprint(first.out()), fingerprint(second.out()));
        assertTrue(second.out().contains(home.resolve("data/bridgehead/tls/cert.pem").toString()), second.out());
    }

    @Test
    void aConfiguredCertificateThatCannotBeReadIsNamed() throws Exception {
        Path broken = home.resolve("broken.pem");
        Files.writeString(broken, "no certificate here\n");
        CliResult result = InProcessCli.execute(Map.of("XDG_CONFIG_HOME", home.toString()),
                "cert", "--set", "bridgehead.tls.cert=" + broken);
        assertEquals(ExitCodes.INVALID_INPUT, result.exitCode(), result::toString);
        assertTrue(result.err().contains("broken.pem"), result.err());
    }
}
