package org.bridgehead.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.bridgehead.app.tls.GatewayCertificate;
import org.bridgehead.config.Settings;
import org.bridgehead.net.tls.PrivateFiles;
import org.bridgehead.net.tls.ServerCertificate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bridgehead cert}: shows the certificate the listeners present (making the gateway's own
 * one if there is none yet), or with {@code --out DIR} makes a new self-signed one for localhost.
 */
@Command(name = "cert",
        description = "Show the listeners' TLS certificate and its fingerprint, or make a new self-signed"
                + " one for localhost with --out DIR (cert.pem, key.pem).")
final class CertCommand extends SettingsCommand {

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write a new self-signed certificate for localhost to DIR/cert.pem and DIR/key.pem (0600)")
    private Path out;

    @Override
    int run(Settings settings) throws CommandFailedException {
        try {
            if (out != null) {
                return make(out);
            }
            GatewayCertificate.Loaded loaded = GatewayCertificate.load(settings);
            if (loaded.madeNow()) {
                say("made a self-signed certificate for localhost");
            }
            describe(loaded.certificate(), loaded.file());
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new CommandFailedException(ExitCodes.INVALID_INPUT, "certificate: " + e.getMessage());
        }
    }

    private int make(Path directory) throws IOException, CommandFailedException {
        Path certificate = directory.resolve("cert.pem");
        Path key = directory.resolve("key.pem");
        if (Files.exists(certificate) || Files.exists(key)) {
            // Never overwrite a key someone may rely on.
            throw new CommandFailedException(ExitCodes.INVALID_INPUT,
                    certificate + " or " + key + " exists already; choose another --out");
        }
        PrivateFiles.createOwnerOnlyDirectory(directory);
        ServerCertificate made = ServerCertificate.selfSigned(GatewayCertificate.localNames(),
                GatewayCertificate.LOCAL_ADDRESSES);
        made.writePem(certificate, key);
        say("wrote " + certificate + " and " + key);
        say("use them with --set bridgehead.tls.cert=" + certificate + " --set bridgehead.tls.key=" + key);
        describe(made, certificate);
        return ExitCodes.OK;
    }

    private void describe(ServerCertificate certificate, Path file) {
        X509Certificate x509 = certificate.certificate();
        say("certificate " + file);
        say("subject " + x509.getSubjectX500Principal().getName());
        say("names " + names(x509));
        say("valid from " + x509.getNotBefore().toInstant() + " until " + x509.getNotAfter().toInstant());
        say("SHA-256 fingerprint " + certificate.fingerprint());
    }

    private static String names(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names == null) {
                return "(none)";
            }
            return names.stream().map(name -> String.valueOf(name.get(1))).collect(Collectors.joining(", "));
        } catch (java.security.cert.CertificateParsingException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
