package org.bridgehead.exchange.ews;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.enumeration.service.error.ServiceErrorHandling;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.request.GetFolderRequest;
import microsoft.exchange.webservices.data.core.response.GetFolderResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import org.bridgehead.exchange.SpecialUse;

/**
 * The ids of the mailbox's top of information store and of its special folders, learnt with one
 * GetFolder naming every distinguished folder at once (bindToFolder would cost one call each).
 *
 * <p>ews-java-api 2.0 has no distinguished id for the Archive folder, so no folder gets the
 * ARCHIVE role from this backend.
 *
 * @param rootId       the id of msgfolderroot
 * @param rolesById    special-use role per folder id; a mailbox may lack some (e.g. Junk)
 */
record WellKnownFolders(String rootId, Map<String, SpecialUse> rolesById) {

    private static final Map<WellKnownFolderName, SpecialUse> ROLES = roles();

    WellKnownFolders {
        rolesById = Map.copyOf(rolesById);
    }

    SpecialUse roleOf(String folderId) {
        return rolesById.getOrDefault(folderId, SpecialUse.NONE);
    }

    /** One GetFolder request; throws what ews-java-api throws, for the caller to map. */
    static WellKnownFolders load(ExchangeService service) throws Exception {
        List<WellKnownFolderName> names = new ArrayList<>();
        names.add(WellKnownFolderName.MsgFolderRoot);
        names.addAll(ROLES.keySet());

        GetFolderRequest request = new GetFolderRequest(service, ServiceErrorHandling.ReturnErrors);
        for (WellKnownFolderName name : names) {
            request.getFolderIds().add(new FolderId(name));
        }
        request.setPropertySet(new PropertySet(BasePropertySet.IdOnly));
        ServiceResponseCollection<GetFolderResponse> responses = request.execute();

        String rootId = null;
        Map<String, SpecialUse> rolesById = new HashMap<>();
        for (int i = 0; i < responses.getCount() && i < names.size(); i++) {
            GetFolderResponse response = responses.getResponseAtIndex(i);
            WellKnownFolderName name = names.get(i);
            if (response.getResult() != ServiceResult.Success) {
                boolean optionalFolderMissing = name != WellKnownFolderName.MsgFolderRoot
                        && (response.getErrorCode() == ServiceError.ErrorFolderNotFound
                        || response.getErrorCode() == ServiceError.ErrorItemNotFound);
                if (optionalFolderMissing) {
                    continue;
                }
                throw new ServiceResponseException(response);
            }
            String id = response.getFolder().getId().getUniqueId();
            if (name == WellKnownFolderName.MsgFolderRoot) {
                rootId = id;
            } else {
                rolesById.put(id, ROLES.get(name));
            }
        }
        if (rootId == null) {
            throw new IllegalStateException("GetFolder answered without the msgfolderroot folder");
        }
        return new WellKnownFolders(rootId, rolesById);
    }

    private static Map<WellKnownFolderName, SpecialUse> roles() {
        Map<WellKnownFolderName, SpecialUse> roles = new LinkedHashMap<>();
        roles.put(WellKnownFolderName.Inbox, SpecialUse.INBOX);
        roles.put(WellKnownFolderName.Drafts, SpecialUse.DRAFTS);
        roles.put(WellKnownFolderName.SentItems, SpecialUse.SENT);
        roles.put(WellKnownFolderName.DeletedItems, SpecialUse.TRASH);
        roles.put(WellKnownFolderName.JunkEmail, SpecialUse.JUNK);
        roles.put(WellKnownFolderName.Outbox, SpecialUse.OUTBOX);
        return Collections.unmodifiableMap(roles);
    }
}
