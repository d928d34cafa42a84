package org.bridgehead.ldap.protocol;

import org.apache.directory.api.ldap.codec.api.AbstractExtendedOperationFactory;
import org.apache.directory.api.ldap.codec.api.LdapApiService;
import org.apache.directory.api.ldap.model.message.ExtendedRequest;
import org.apache.directory.api.ldap.model.message.ExtendedResponse;
import org.apache.directory.api.ldap.model.message.OpaqueExtendedRequest;
import org.apache.directory.api.ldap.model.message.OpaqueExtendedResponse;
import org.bridgehead.ldap.directory.DirectoryTree;

/**
 * Decodes the StartTLS extended request with its name. Without a factory for its OID the codec
 * (2.1.7) makes an opaque request whose name is lost, so StartTLS could not be told apart.
 */
public final class StartTlsRequests extends AbstractExtendedOperationFactory {

    private StartTlsRequests(LdapApiService codec) {
        super(codec, DirectoryTree.START_TLS_OID);
    }

    /** Registers the factory with {@code codec}; returns the codec. */
    public static LdapApiService registerWith(LdapApiService codec) {
        codec.getExtendedRequestFactories().put(DirectoryTree.START_TLS_OID, new StartTlsRequests(codec));
        return codec;
    }

    @Override
    public ExtendedRequest newRequest() {
        return new OpaqueExtendedRequest(DirectoryTree.START_TLS_OID);
    }

    @Override
    public ExtendedResponse newResponse() {
        return new OpaqueExtendedResponse(DirectoryTree.START_TLS_OID);
    }
}
