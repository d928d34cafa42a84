package org.bridgehead.net.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A server certificate chain and its private key: read from PEM files or a PKCS#12 file, or made
 * here as a self-signed certificate for the local host.
 */
public record ServerCertificate(PrivateKey key, List<X509Certificate> chain) {

    /** Apple's clients refuse server certificates valid for longer; other clients do not mind. */
    private static final Duration SELF_SIGNED_VALIDITY = Duration.ofDays(825);

    public ServerCertificate {
        Objects.requireNonNull(key, "key");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a certificate chain needs at least the server's certificate");
        }
    }

    /** The server's own certificate, first in the chain. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** SHA-256 of the certificate, as upper-case hex pairs joined by colons (openssl's -fingerprint form). */
    public String fingerprint() {
        return Fingerprints.sha256(certificate());
    }

    /**
     * Reads a PKCS#12 file (name ending .p12 or .pfx) or a PEM certificate chain.
     *
     * @param keyFile  for PEM: the private key, or null when it is in {@code certificateFile} too
     * @param password for PKCS#12: the store's password (may be empty)
     * @throws IOException naming the file and what is wrong with it
     */
    public static ServerCertificate read(Path certificateFile, Path keyFile, char[] password) throws IOException {
        String name = certificateFile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".p12") || name.endsWith(".pfx")) {
            return readPkcs12(certificateFile, password);
        }
        List<X509Certificate> chain = new ArrayList<>();
        List<PrivateKey> keys = new ArrayList<>();
        readPem(certificateFile, chain, keys);
        if (keyFile != null && !keyFile.equals(certificateFile)) {
            readPem(keyFile, new ArrayList<>(), keys);
        }
        if (chain.isEmpty()) {
            throw new IOException(certificateFile + " holds no PEM certificate");
        }
        if (keys.isEmpty()) {
            throw new IOException("no PEM private key in " + (keyFile == null ? certificateFile : keyFile));
        }
        return new ServerCertificate(keys.get(0), chain);
    }

    /** A new self-signed certificate (EC P-256) for these DNS names and IP addresses. */
    public static ServerCertificate selfSigned(List<String> dnsNames, List<String> ipAddresses) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=" + (dnsNames.isEmpty() ? "Bridgehead" : dnsNames.get(0))
                    + ",O=Bridgehead gateway");
            Instant now = Instant.now();
            List<GeneralName> names = new ArrayList<>();
            dnsNames.forEach(dns -> names.add(new GeneralName(GeneralName.dNSName, dns)));
            ipAddresses.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, ip)));
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(127, new SecureRandom()), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(SELF_SIGNED_VALIDITY)), subject, pair.getPublic())
                    .addExtension(Extension.subjectAlternativeName, false,
                            new GeneralNames(names.toArray(GeneralName[]::new)))
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            return new ServerCertificate(pair.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("making a self-signed certificate failed", e);
        }
    }

    /**
     * Writes {@code cert.pem} (readable by all: it is public) and {@code key.pem} (0600, created
     * with those permissions, so it is never readable by others even for a moment).
     */
    public void writePem(Path certificateFile, Path keyFile) throws IOException {
        // PKCS#8, which every TLS server and openssl reads whatever the key's algorithm.
        String keyText = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        PrivateFiles.writeOwnerOnly(keyFile, keyText.getBytes(StandardCharsets.US_ASCII));
        Files.writeString(certificateFile, certificatePem(), StandardCharsets.US_ASCII);
    }

    /** The chain as PEM text. */
    public String certificatePem() {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (X509Certificate certificate : chain) {
                writer.writeObject(certificate);
            }
        } catch (IOException e) {
            throw new IllegalStateException("a string writer does not fail", e);
        }
        return text.toString();
    }

    /** A PKCS#12 store in memory holding this key and chain under the alias "server". */
    KeyStore keyStore(char[] password) throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException("an empty key store could not be made", e);
        }
        store.setKeyEntry("server", key, password, chain.toArray(Certificate[]::new));
        return store;
    }

    private static void readPem(Path file, List<X509Certificate> chain, List<PrivateKey> keys) throws IOException {
        JcaX509CertificateConverter certificates = new JcaX509CertificateConverter();
        JcaPEMKeyConverter keyConverter = new JcaPEMKeyConverter();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(reader)) {
            for (Object item; (item = parser.readObject()) != null; ) {
                if (item instanceof X509CertificateHolder holder) {
                    chain.add(certificates.getCertificate(holder));
                } else if (item instanceof PEMKeyPair pair) {
                    keys.add(keyConverter.getPrivateKey(pair.getPrivateKeyInfo()));
                } else if (item instanceof PrivateKeyInfo info) {
                    keys.add(keyConverter.getPrivateKey(info));
                } else {
                    throw new IOException(file + " holds a PEM object that is neither a certificate nor an"
                            + " unencrypted private key: " + item.getClass().getSimpleName());
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new IOException(file + " is not valid PEM: " + e.getMessage(), e);
        }
    }

    private static ServerCertificate readPkcs12(Path file, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try {
                store.load(in, password);
            } catch (IOException e) {
                throw new IOException(file + " could not be read as PKCS#12 (wrong password?): " + e.getMessage(), e);
            }
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Key key = store.getKey(alias, password);
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate certificate : store.getCertificateChain(alias)) {
                        chain.add((X509Certificate) certificate);
                    }
                    if (key instanceof PrivateKey privateKey) {
                        return new ServerCertificate(privateKey, chain);
                    }
                }
            }
            throw new IOException(file + " holds no private key with a certificate");
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " could not be read as PKCS#12 (wrong password?): " + e.getMessage(), e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(bytes);
    }

    static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate can be encoded again", e);
        }
    }

    @Override
    public String toString() {
        return "ServerCertificate[" + certificate().getSubjectX500Principal() + ", " + fingerprint() + "]";
    }
}
