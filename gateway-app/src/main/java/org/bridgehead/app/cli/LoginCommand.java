package org.bridgehead.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.oauth.OAuthSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.bridgehead.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bridgehead login}: the OAuth 2.0 device code flow, once per user; the refresh token is
 * kept encrypted under the password the user's mail client will present.
 */
@Command(name = "login",
        description = "Sign in to Exchange Online (OAuth 2.0, device code) once and keep the sign-in token,"
                + " locked with the password your mail client will present to Bridgehead.")
final class LoginCommand extends SettingsCommand {

    private static final Logger LOG = LoggerFactory.getLogger(LoginCommand.class);

    @Option(names = {"-u", "--user"}, required = true, paramLabel = "USER",
            description = "Your Exchange Online address, e.g. alice@contoso.com: the login your mail client uses.")
    private String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from the first line of FILE (default: $BRIDGEHEAD_PASSWORD, else a"
                    + " prompt). Choose one for Bridgehead alone; your mail client presents it.")
    private Path passwordFile;

    @Override
    int run(Settings settings) throws CommandFailedException {
        OAuthSignIn signIn = ExchangeBackends.oauthSignIn(settings);
        String password = PasswordSource.read(Optional.ofNullable(passwordFile), bridgehead().environment(),
                System.console(), user);
        try {
            String account = signIn.loginWithDeviceCode(user, password, line -> {
                out().println(line);
                out().flush();
            });
            out().println("signed in as " + account + "; the token is kept encrypted in "
                    + signIn.vaultFile(user) + ", opened by the password your mail client presents");
            out().flush();
            return ExitCodes.OK;
        } catch (AuthenticationFailedException e) {
            throw new CommandFailedException(ExitCodes.AUTHENTICATION_FAILED, "sign-in failed: " + e.getMessage());
        } catch (BackendException e) {
            LOG.debug("login of {} failed", user, e);
            throw new CommandFailedException(ExitCodes.SERVER_UNAVAILABLE, "sign-in failed: " + e.getMessage());
        }
    }
}
