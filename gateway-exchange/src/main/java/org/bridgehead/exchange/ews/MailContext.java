package org.bridgehead.exchange.ews;

import java.io.IOException;
import java.time.Clock;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.ExchangeErrorException;
import org.bridgehead.exchange.cache.ContentCache;
import org.bridgehead.exchange.cache.ContentKey;
import org.bridgehead.exchange.store.IndexEntry;
import org.bridgehead.exchange.store.MailStore;
import org.bridgehead.exchange.store.MailStores;

/**
 * What every part of one user's mail backend shares: the session's EWS service (one request at a
 * time, as ews-java-api requires), the retrying runner, the user's index store and the content cache.
 */
final class MailContext {

    private final BoundedExchangeService service;
    private final EwsCallRunner runner;
    private final Object callLock;
    private final MailStores stores;
    private volatile MailStore store;
    private final ContentCache cache;
    private final MailSettings settings;
    private final String owner;
    private final Clock clock;

    MailContext(BoundedExchangeService service, EwsCallRunner runner, Object callLock, MailStores stores, ContentCache cache,
            MailSettings settings, String owner, Clock clock) {
        this.service = service;
        this.runner = runner;
        this.callLock = callLock;
        this.stores = stores;
        this.cache = cache;
        this.settings = settings;
        this.owner = owner;
        this.clock = clock;
    }

    BoundedExchangeService service() {
        return service;
    }

    EwsCallRunner runner() {
        return runner;
    }

    /** The user's index store, opened on first use (a session that never touches mail opens no file). */
    MailStore store() throws BackendException {
        MailStore opened = store;
        if (opened == null) {
            try {
                opened = stores.of(owner);
            } catch (IOException | RuntimeException e) {
                throw new ExchangeErrorException("Cannot open the folder index in the cache directory: "
                        + e.getMessage(), "IndexStoreUnavailable", false, e);
            }
            store = opened;
        }
        return opened;
    }

    ContentCache cache() {
        return cache;
    }

    MailSettings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    /** One EWS call, repeated on transient failures. */
    <T> T call(String operation, EwsCallRunner.EwsCall<T> call) throws BackendException {
        synchronized (callLock) {
            return runner.run(operation, call);
        }
    }

    /** One EWS call that must not be carried out twice (see {@link EwsCallRunner#runOnce}). */
    <T> T callOnce(String operation, EwsCallRunner.EwsCall<T> call) throws BackendException {
        synchronized (callLock) {
            return runner.runOnce(operation, call);
        }
    }

    /** A failure while calling or reading an answer, as the backend reports it. */
    BackendException failure(Exception e) {
        return EwsErrors.map(e, service.getUrl());
    }

    ContentKey contentKey(String itemId, String changeKey) {
        return new ContentKey(owner, itemId, changeKey);
    }

    ContentKey contentKey(IndexEntry entry) {
        return contentKey(entry.itemId(), entry.changeKey());
    }

    static ItemId itemId(String uniqueId) {
        try {
            return new ItemId(uniqueId);
        } catch (Exception e) {
            throw new IllegalArgumentException("Invalid item id", e);
        }
    }

    static FolderId folderId(String uniqueId) {
        try {
            return new FolderId(uniqueId);
        } catch (Exception e) {
            throw new IllegalArgumentException("Invalid folder id", e);
        }
    }

    static boolean succeeded(ServiceResponse response) {
        return response.getResult() != ServiceResult.Error;
    }

    /** A batch answer with fewer responses than requests leaves the rest without an outcome. */
    static BackendException unanswered(long uid) {
        return new ExchangeErrorException("Exchange gave no answer for UID " + uid, "ErrorMissingResponse", true, null);
    }

    /** The failure one response of a batch reports. */
    static BackendException failureOf(ServiceResponse response) {
        return EwsErrors.fromResponse(response, new ServiceResponseException(response));
    }
}
