package org.bridgehead.app.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;
import org.junit.jupiter.api.Test;

class GatewayTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final SocketService imap = new SocketService("imap", BridgeheadSettings.IMAP_PORT);
    private final SocketService smtp = new SocketService("smtp", BridgeheadSettings.SMTP_PORT);

    @Test
    void everyServiceListensUntilTheGatewayCloses() throws IOException {
        Settings settings = Settings.defaults()
                .with(BridgeheadSettings.IMAP_PORT, "0")
                .with(BridgeheadSettings.SMTP_PORT, "0");
        Gateway gateway = new Gateway(List.of(imap, smtp), List.of());

        List<Listening> listening = gateway.start(LOOPBACK, settings);

        assertEquals(List.of("imap", "smtp"), listening.stream().map(Listening::name).toList());
        for (Listening listener : listening) {
            new Socket(LOOPBACK, listener.address().getPort()).close();
        }
        gateway.close();
        for (Listening listener : listening) {
            assertThrows(ConnectException.class, () -> new Socket(LOOPBACK, listener.address().getPort()));
        }
    }

    @Test
    void takenPortNamesItsSettingAndStopsTheServicesAlreadyStarted() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, LOOPBACK)) {
            int port = taken.getLocalPort();
            Settings settings = Settings.defaults()
                    .with(BridgeheadSettings.IMAP_PORT, "0")
                    .with(BridgeheadSettings.SMTP_PORT, String.valueOf(port));
            Gateway gateway = new Gateway(List.of(imap, smtp), List.of());

            PortInUseException failure = assertThrows(PortInUseException.class,
                    () -> gateway.start(LOOPBACK, settings));

            assertEquals("port " + port + " on 127.0.0.1 is already in use; choose another with "
                    + "--set bridgehead.smtp.port=PORT", failure.getMessage());
            assertFalse(imap.isListening());
            assertFalse(smtp.isListening());
        }
    }

    @Test
    void listeningAddressReadsAsHostAndPort() throws IOException {
        Gateway gateway = new Gateway(List.of(imap), List.of());
        Listening listener = gateway.start(LOOPBACK, Settings.defaults().with(BridgeheadSettings.IMAP_PORT, "0"))
                .get(0);
        try {
            assertTrue(listener.hostAndPort().matches("127\\.0\\.0\\.1:\\d+"), listener.hostAndPort());
        } finally {
            gateway.close();
        }
    }
}
