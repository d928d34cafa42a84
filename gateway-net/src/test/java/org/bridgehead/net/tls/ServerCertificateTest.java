package org.bridgehead.net.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerCertificateTest {

    @TempDir
    Path directory;

    @Test
    void selfSignedCertificateNamesLocalhostAndLoopback() throws Exception {
        ServerCertificate made = ServerCertificate.selfSigned(List.of("localhost"), List.of("127.0.0.1", "::1"));
        made.certificate().checkValidity();
        made.certificate().verify(made.certificate().getPublicKey());
        String names = made.certificate().getSubjectAlternativeNames().toString();
        assertTrue(names.contains("localhost") && names.contains("127.0.0.1"), names);
        assertTrue(made.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), made.fingerprint());
    }

    @Test
    void pemFilesReadBackTheSameCertificateAndKeyIsOwnerOnly() throws Exception {
        ServerCertificate made = ServerCertificate.selfSigned(List.of("localhost"), List.of());
        Path cert = directory.resolve("cert.pem");
        Path key = directory.resolve("key.pem");
        made.writePem(cert, key);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        ServerCertificate read = ServerCertificate.read(cert, key, new char[0]);
        assertEquals(made.fingerprint(), read.fingerprint());
        assertEquals(made.key(), read.key());
    }

    @Test
    void oneFileHoldingCertificateAndKeyIsRead() throws Exception {
        ServerCertificate made = ServerCertificate.selfSigned(List.of("localhost"), List.of());
        Path cert = directory.resolve("cert.pem");
        Path key = directory.resolve("key.pem");
        made.writePem(cert, key);
        Path both = directory.resolve("both.pem");
        Files.writeString(both, Files.readString(cert) + Files.readString(key));
        assertEquals(made.fingerprint(), ServerCertificate.read(both, null, new char[0]).fingerprint());
    }

    @Test
    void pkcs12FileIsReadWithItsPassword() throws Exception {
        ServerCertificate made = ServerCertificate.selfSigned(List.of("localhost"), List.of());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        char[] password = "s3cret".toCharArray();
        store.setKeyEntry("x", made.key(), password, new Certificate[] {made.certificate()});
        Path p12 = directory.resolve("server.p12");
        try (OutputStream out = Files.newOutputStream(p12)) {
            store.store(out, password);
        }
        assertEquals(made.fingerprint(), ServerCertificate.read(p12, null, password).fingerprint());
        IOException wrong = assertThrows(IOException.class,
                () -> ServerCertificate.read(p12, null, "nope".toCharArray()));
        assertTrue(wrong.getMessage().contains("server.p12"), wrong.getMessage());
    }

    @Test
    void aPemWithoutKeyIsRefusedNamingTheFile() throws Exception {
        ServerCertificate made = ServerCertificate.selfSigned(List.of("localhost"), List.of());
        Path cert = directory.resolve("cert.pem");
        made.writePem(cert, directory.resolve("key.pem"));
        IOException missing = assertThrows(IOException.class, () -> ServerCertificate.read(cert, null, new char[0]));
        assertTrue(missing.getMessage().contains("cert.pem"), missing.getMessage());
        Path garbage = directory.resolve("garbage.pem");
        Files.writeString(garbage, "not pem at all\n");
        assertThrows(IOException.class, () -> ServerCertificate.read(garbage, null, new char[0]));
    }
}
