package org.bridgehead.app.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.LogLevel;
import org.bridgehead.config.Settings;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.ExchangeBackend;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.ServerInfo;
import org.bridgehead.exchange.ServerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bridgehead check}: signs in once, to prove the endpoint and the credentials work. */
@Command(name = "check",
        description = "Sign in to Exchange once and show the server version, the user's address and folder count.")
final class CheckCommand extends SettingsCommand {

    private static final Logger LOG = LoggerFactory.getLogger(CheckCommand.class);

    @Option(names = {"-u", "--user"}, required = true, paramLabel = "USER",
            description = "User to sign in as, e.g. alice@example.com or DOMAIN\\alice.")
    private String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from the first line of FILE (default: $BRIDGEHEAD_PASSWORD, else a prompt).")
    private Path passwordFile;

    @Option(names = "--url", paramLabel = "URL", description = "EWS endpoint to check instead of bridgehead.ews.url.")
    private String url;

    @Override
    List<String> impliedSettings() {
        return url == null ? List.of() : List.of(BridgeheadSettings.EWS_URL.key() + "=" + url);
    }

    /** The command prints its own outcome, so the backend's routine sign-in lines would only repeat it. */
    @Override
    LogLevel logLevel(LogLevel configured) {
        return configured == LogLevel.INFO ? LogLevel.WARN : configured;
    }

    @Override
    int run(Settings settings) throws CommandFailedException {
        URI endpoint = EwsEndpoint.required(settings);
        String password = PasswordSource.read(Optional.ofNullable(passwordFile), bridgehead().environment(),
                System.console(), user);
        ExchangeBackend backend = ExchangeBackends.fromSettings(settings, endpoint);
        try (ExchangeSession session = backend.open(new Credentials(user, password))) {
            ServerInfo server = session.serverInfo();
            int folders = session.folderTree().size();
            out().println("server:  Exchange " + server.productVersion() + " (" + server.schemaVersion() + ")");
            out().println("address: " + session.primaryAddress());
            out().println("folders: " + folders);
            out().flush();
            return ExitCodes.OK;
        } catch (BackendException e) {
            LOG.debug("check of {} against {} failed", user, endpoint, e);
            throw describe(e, endpoint);
        }
    }

    private CommandFailedException describe(BackendException failure, URI endpoint) {
        if (failure instanceof AuthenticationFailedException) {
            return new CommandFailedException(ExitCodes.AUTHENTICATION_FAILED, "authentication failed for " + user);
        }
        if (failure instanceof ServerUnavailableException) {
            return new CommandFailedException(ExitCodes.SERVER_UNAVAILABLE,
                    "server unreachable: " + endpoint + " (" + failure.getMessage() + ")");
        }
        return new CommandFailedException(ExitCodes.FAILURE, failure.getMessage());
    }
}
