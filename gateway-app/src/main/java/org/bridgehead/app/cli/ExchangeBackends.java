package org.bridgehead.app.cli;

import java.net.URI;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;
import org.bridgehead.exchange.ExchangeBackend;
import org.bridgehead.exchange.ews.EwsBackend;
import org.bridgehead.exchange.ews.EwsSettings;
import org.bridgehead.exchange.ews.MailSettings;

/** The Exchange backend the settings describe: today always EWS. */
final class ExchangeBackends {

    private ExchangeBackends() {
    }

    /** The backend for the settings, talking to the given endpoint (the simulator's, in the demo). */
    static ExchangeBackend fromSettings(Settings settings, URI endpoint) {
        Settings pointed = settings.with(BridgeheadSettings.EWS_URL, endpoint.toString());
        return new EwsBackend(EwsSettings.from(pointed).orElseThrow(), MailSettings.from(pointed),
                pointed.get(BridgeheadSettings.DIRECTORY_CACHE_TTL));
    }
}
