package org.bridgehead.config;

import java.time.Duration;
import java.util.List;

/**
 * The settings of OAuth 2.0 sign-in toward Exchange (Exchange Online by default) and of the
 * simulator's identity provider, each documented here and nowhere else; part of
 * {@link BridgeheadSettings#ALL}.
 */
public final class SignInSettings {

    public static final Setting<Duration> SIMULATOR_ACCESS_LIFETIME = Setting.positiveDuration(
            "bridgehead.simulator.oauth.access.lifetime", "1h",
            "How long an access token of the EWS simulator's identity provider is valid (Microsoft: 60-90 minutes)");
    public static final Setting<Duration> SIMULATOR_REFRESH_LIFETIME = Setting.positiveDuration(
            "bridgehead.simulator.oauth.refresh.lifetime", "90d",
            "How long a refresh token of the EWS simulator's identity provider is valid (Microsoft: 90 days)");
    public static final Setting<Boolean> SIMULATOR_TLS = Setting.bool("bridgehead.simulator.tls", false,
            "Serve the EWS simulator (EWS, Autodiscover, identity provider) over HTTPS with the listeners'"
                    + " certificate (bridgehead.tls.cert, or the gateway's own under bridgehead.data.dir)");

    /** Every setting above, in declaration order. */
    public static final List<Setting<?>> ALL = List.of(SIMULATOR_ACCESS_LIFETIME, SIMULATOR_REFRESH_LIFETIME,
            SIMULATOR_TLS);

    private SignInSettings() {
    }
}
