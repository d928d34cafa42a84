package org.bridgehead.app.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.config.Settings;
import org.bridgehead.config.TlsSettings;
import org.bridgehead.net.tls.PrivateFiles;
import org.bridgehead.net.tls.ServerCertificate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificate every listener presents: the configured one ({@code bridgehead.tls.cert}), or
 * else the gateway's own self-signed one, made on first start and kept, so that a client that
 * accepted it once keeps accepting it.
 */
public final class GatewayCertificate {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayCertificate.class);
    public static final List<String> LOCAL_ADDRESSES = List.of("127.0.0.1", "::1");

    /** Where a certificate came from, for {@code bridgehead cert}. */
    public record Loaded(ServerCertificate certificate, Path file, boolean madeNow) {
    }

    private GatewayCertificate() {
    }

    /**
     * localhost, and this machine's own name: some clients (OpenLDAP's) check the certificate
     * against the name a reverse lookup of 127.0.0.1 gives, which is often the host name.
     */
    public static List<String> localNames() {
        Set<String> names = new LinkedHashSet<>(List.of("localhost"));
        try {
            String hostName = InetAddress.getLocalHost().getHostName();
            if (!hostName.isBlank()) {
                names.add(hostName.toLowerCase(Locale.ROOT));
            }
        } catch (UnknownHostException e) {
            LOG.debug("No host name for the certificate: {}", e.toString());
        }
        return List.copyOf(names);
    }

    public static Path ownCertificateFile(Settings settings) {
        return settings.get(TlsSettings.DATA_DIR).resolve("tls").resolve("cert.pem");
    }

    public static Path ownKeyFile(Settings settings) {
        return settings.get(TlsSettings.DATA_DIR).resolve("tls").resolve("key.pem");
    }

    /**
     * @throws IOException naming the file and the problem, for a configured certificate that cannot
     *                     be read or an own one that cannot be stored
     */
    public static Loaded load(Settings settings) throws IOException {
        Optional<Path> configured = settings.get(TlsSettings.CERT);
        if (configured.isPresent()) {
            ServerCertificate read = ServerCertificate.read(configured.get(),
                    settings.get(TlsSettings.KEY).orElse(null), settings.get(TlsSettings.PASSWORD).toCharArray());
            return new Loaded(read, configured.get(), false);
        }
        Path certificate = ownCertificateFile(settings);
        Path key = ownKeyFile(settings);
        if (Files.exists(certificate) && Files.exists(key)) {
            return new Loaded(ServerCertificate.read(certificate, key, new char[0]), certificate, false);
        }
        ServerCertificate made = ServerCertificate.selfSigned(localNames(), LOCAL_ADDRESSES);
        PrivateFiles.createOwnerOnlyDirectory(settings.get(TlsSettings.DATA_DIR));
        PrivateFiles.createOwnerOnlyDirectory(certificate.getParent());
        made.writePem(certificate, key);
        LOG.info("Made a self-signed certificate for localhost: {} (SHA-256 {})", certificate, made.fingerprint());
        return new Loaded(made, certificate, true);
    }
}
