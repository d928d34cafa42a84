package org.bridgehead.exchange.oauth;

import com.microsoft.aad.msal4j.ITokenCacheAccessAspect;
import com.microsoft.aad.msal4j.ITokenCacheAccessContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The library's token cache (which holds the refresh token) kept in one user's vault entry:
 * loaded from it before the library reads, written back encrypted whenever the library changed
 * it (a new refresh token after each refresh). Nothing of it reaches the disk in plaintext.
 */
final class VaultTokenCache implements ITokenCacheAccessAspect {
    private final TokenVault.Entry entry;
    private String serialized;

    VaultTokenCache(TokenVault.Entry entry, String serialized) {
        this.entry = entry;
        this.serialized = serialized;
    }

    @Override
    public synchronized void beforeCacheAccess(ITokenCacheAccessContext context) {
        if (serialized != null) {
            context.tokenCache().deserialize(serialized);
        }
    }

    @Override
    public synchronized void afterCacheAccess(ITokenCacheAccessContext context) {
        if (!context.hasCacheChanged()) {
            return;
        }
        serialized = context.tokenCache().serialize();
        try {
            entry.write(serialized.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the sign-in token could not be stored", e);
        }
    }
}
