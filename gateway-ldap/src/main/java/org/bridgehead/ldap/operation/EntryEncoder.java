package org.bridgehead.ldap.operation;

import org.apache.directory.api.ldap.model.entry.DefaultEntry;
import org.apache.directory.api.ldap.model.entry.Entry;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.api.ldap.model.message.SearchResultEntry;
import org.apache.directory.api.ldap.model.message.SearchResultEntryImpl;
import org.apache.directory.api.ldap.model.name.Dn;
import org.bridgehead.ldap.directory.LdapEntry;

/** An entry as a SearchResultEntry message, with the selected attributes (only their names for typesOnly). */
final class EntryEncoder {

    private EntryEncoder() {
    }

    static SearchResultEntry encode(int messageId, LdapEntry entry, AttributeSelection selection, boolean typesOnly)
            throws LdapException {
        Entry out = new DefaultEntry(new Dn(entry.dn()));
        for (String name : entry.names()) {
            if (!selection.includes(name)) {
                continue;
            }
            if (typesOnly) {
                out.add(name, new String[0]);
                continue;
            }
            for (Object value : entry.values(name)) {
                if (value instanceof byte[] bytes) {
                    out.add(name, bytes);
                } else {
                    out.add(name, (String) value);
                }
            }
        }
        SearchResultEntry result = new SearchResultEntryImpl(messageId);
        result.setEntry(out);
        return result;
    }
}
