package org.bridgehead.ldap.operation;

import java.io.IOException;
import org.apache.directory.api.ldap.model.message.Message;

/** Sends responses on the connection, in order. */
@FunctionalInterface
public interface Responder {
    void send(Message response) throws IOException;
}
