package org.bridgehead.imap.differential;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A throwaway Dovecot (Debian's dovecot-imapd) for one test: its own configuration, base_dir, state
 * and mail under a temporary directory, one passwd-file user, IMAP on a free loopback port.
 *
 * <p>Dovecot will not run its login and internal processes as root, nor deliver mail as root. Run as
 * root (as CI is), the master stays root, login runs as dovenull, internal processes as dovecot, and
 * the mail user is nobody. Run as anyone else, everything runs as that user (a rootless Dovecot).
 */
final class DovecotServer implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/dovecot");
    static final String USER = "diff@example.org";
    static final String PASSWORD = "differential";
    private static final int NOBODY = 65534;

    private final Path directory;
    private final Process process;
    private final int port;

    private DovecotServer(Path directory, Process process, int port) {
        this.directory = directory;
        this.process = process;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Starts Dovecot in the directory (which must be short enough for unix socket paths). */
    static DovecotServer start(Path directory) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        String self = System.getProperty("user.name");
        long uid = root ? NOBODY : (Long) Files.getAttribute(directory, "unix:uid");
        long gid = root ? NOBODY : (Long) Files.getAttribute(directory, "unix:gid");
        Path mail = Files.createDirectories(directory.resolve("mail"));
        Path base = Files.createDirectories(directory.resolve("base"));
        Path state = Files.createDirectories(directory.resolve("state"));
        // The unprivileged processes must reach their files through the test's directory.
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (root) {
            Files.setAttribute(mail, "unix:uid", (int) uid);
            Files.setAttribute(mail, "unix:gid", (int) gid);
        }
        Path passwd = directory.resolve("passwd");
        Files.writeString(passwd, USER + ":{PLAIN}" + PASSWORD + ":" + uid + ":" + gid + "::" + mail + "::\n");
        Files.setPosixFilePermissions(passwd, PosixFilePermissions.fromString("rw-r--r--"));
        int port = freePort();
        Path config = directory.resolve("dovecot.conf");
        Files.writeString(config, config(directory, base, state, passwd, port, root ? "dovenull" : self,
                root ? "dovecot" : self), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(BINARY.toString(), "-F", "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("dovecot.out").toFile()).start();
        DovecotServer server = new DovecotServer(directory, process, port);
        server.awaitReady();
        return server;
    }

    int port() {
        return port;
    }

    /** What Dovecot logged, for a failure message. */
    String log() {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("dovecot.out", "dovecot.log")) {
            try {
                text.append(Files.readString(directory.resolve(name), StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                text.append("(no ").append(name).append(")\n");
            }
        }
        return text.toString();
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Dovecot exited with " + process.exitValue() + ":\n" + log());
            }
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IOException("Dovecot did not listen on port " + port + ":\n" + log());
    }

    private static String config(Path directory, Path base, Path state, Path passwd, int port, String loginUser,
            String internalUser) {
        return """
                # Written by the differential test; nothing here is shared with a system Dovecot.
                protocols = imap
                listen = 127.0.0.1
                base_dir = %s
                state_dir = %s
                instance_name = bridgehead-differential-%d
                log_path = %s
                ssl = no
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                default_login_user = %s
                default_internal_user = %s
                first_valid_uid = 1
                mail_location = maildir:~/Maildir
                namespace inbox {
                  inbox = yes
                  separator = /
                  prefix =
                }
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN username_format=%%u %s
                }
                userdb {
                  driver = passwd-file
                  args = username_format=%%u %s
                }
                service imap-login {
                  inet_listener imap {
                    address = 127.0.0.1
                    port = %d
                  }
                  inet_listener imaps {
                    port = 0
                  }
                }
                service stats {
                  inet_listener http {
                    port = 0
                  }
                }
                """.formatted(base, state, port, directory.resolve("dovecot.log"), loginUser, internalUser, passwd,
                passwd, port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        // The master's children end with it; wait briefly so the temp directory can be removed.
        Thread.sleep(200);
    }
}
