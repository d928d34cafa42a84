package org.bridgehead.simulator.oauth;

import java.time.Duration;
import java.util.Objects;

/**
 * How long what the simulated identity provider hands out stays valid; short values let tests
 * watch tokens expire.
 *
 * @param accessTokenLifetime  an access token's life (Microsoft: 60 to 90 minutes)
 * @param refreshTokenLifetime a refresh token's life (Microsoft: 90 days of inactivity)
 * @param deviceCodeLifetime   how long a device code waits for its user (Microsoft: 15 minutes)
 * @param pollInterval         the interval a device-code client is told to poll at (Microsoft: 5 s)
 */
public record OAuthSettings(Duration accessTokenLifetime, Duration refreshTokenLifetime,
                            Duration deviceCodeLifetime, Duration pollInterval) {

    public static final OAuthSettings DEFAULT = new OAuthSettings(Duration.ofHours(1), Duration.ofDays(90),
            Duration.ofMinutes(15), Duration.ofSeconds(1));

    public OAuthSettings {
        for (Duration d : new Duration[] {accessTokenLifetime, refreshTokenLifetime, deviceCodeLifetime, pollInterval}) {
            Objects.requireNonNull(d, "lifetime");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("OAuth lifetimes must be positive: " + d);
            }
        }
    }

    public OAuthSettings withLifetimes(Duration access, Duration refresh) {
        return new OAuthSettings(access, refresh, deviceCodeLifetime, pollInterval);
    }
}
