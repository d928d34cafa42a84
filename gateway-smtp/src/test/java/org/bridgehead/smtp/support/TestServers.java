package org.bridgehead.smtp.support;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import org.bridgehead.smtp.server.SmtpServer;
import org.bridgehead.smtp.server.SmtpServerOptions;

/** Options for servers in tests: loopback, a free port, a private spool directory. */
public final class TestServers {

    public static final String USER = "alice@example.com";
    public static final String PASSWORD = "correct horse battery staple";

    private TestServers() {
    }

    public static SmtpServerOptions.Builder options(Path spoolDirectory) {
        return SmtpServerOptions.builder()
                .bindAddress(InetAddress.getLoopbackAddress())
                .port(0)
                .hostName("gateway.test")
                .spoolDirectory(spoolDirectory);
    }

    public static SmtpServer start(SmtpServerOptions options, FakeSubmitter submitter) throws IOException {
        return new SmtpServer(options, submitter).start();
    }
}
