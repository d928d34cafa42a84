package org.bridgehead.app.cli;

import java.net.URI;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;

/** The Exchange endpoint, for the commands that cannot work without one. */
final class EwsEndpoint {

    private EwsEndpoint() {
    }

    static URI required(Settings settings) throws CommandFailedException {
        String key = BridgeheadSettings.EWS_URL.key();
        return settings.get(BridgeheadSettings.EWS_URL).orElseThrow(() -> new CommandFailedException(
                ExitCodes.INVALID_INPUT, key + " is not set; give the Exchange endpoint with --set " + key
                        + "=https://mail.example.com/EWS/Exchange.asmx, in the settings file or as "
                        + BridgeheadSettings.EWS_URL.environmentVariable()));
    }
}
