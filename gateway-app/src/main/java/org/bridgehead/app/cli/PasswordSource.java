package org.bridgehead.app.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code bridgehead check} gets the password: a file, else the BRIDGEHEAD_PASSWORD variable,
 * else a prompt on the terminal. Never a command-line argument, which other users could see.
 */
final class PasswordSource {

    /** A password file is one short line; anything bigger is the wrong file. */
    private static final long MAX_FILE_BYTES = 64 * 1024;

    private PasswordSource() {
    }

    /**
     * @param console the terminal, or null when there is none (a pipe, a service)
     */
    static String read(Optional<Path> passwordFile, Map<String, String> environment, Console console, String user)
            throws CommandFailedException {
        if (passwordFile.isPresent()) {
            return firstLine(passwordFile.get());
        }
        String fromEnvironment = environment.get(BridgeheadCommand.PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        if (console == null) {
            throw new CommandFailedException(ExitCodes.INVALID_INPUT, "no password for " + user
                    + ": give --password-file FILE or set " + BridgeheadCommand.PASSWORD_VARIABLE
                    + " (there is no terminal to ask on)");
        }
        char[] typed = console.readPassword("Password for %s: ", user);
        if (typed == null) {
            throw new CommandFailedException(ExitCodes.INVALID_INPUT, "no password for " + user + ": input ended");
        }
        return new String(typed);
    }

    private static String firstLine(Path file) throws CommandFailedException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new CommandFailedException(ExitCodes.INVALID_INPUT,
                        "password file " + file + " is larger than " + MAX_FILE_BYTES + " bytes");
            }
            String content = Files.readString(file, StandardCharsets.UTF_8);
            return content.lines().findFirst().orElse("");
        } catch (NoSuchFileException e) {
            throw unreadable(file, "no such file");
        } catch (AccessDeniedException e) {
            throw unreadable(file, "permission denied");
        } catch (IOException e) {
            throw unreadable(file, e.getMessage());
        }
    }

    private static CommandFailedException unreadable(Path file, String reason) {
        return new CommandFailedException(ExitCodes.INVALID_INPUT, "cannot read password file " + file + " (" + reason + ")");
    }
}
