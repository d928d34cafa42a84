package org.bridgehead.ldap.directory;

/** The entries that do not come from the backend: the root DSE, the subschema entry, the people container. */
public final class FixedEntries {

    private FixedEntries() {
    }

    /** RFC 4512 5.1: what clients read first to learn the naming context, controls and schema. */
    public static LdapEntry rootDse() {
        return new LdapEntry("")
                .add("objectClass", "top", "extensibleObject")
                .add("namingContexts", DirectoryTree.PEOPLE)
                .add("supportedLDAPVersion", "3")
                .add("supportedControl", DirectoryTree.PAGED_RESULTS_OID)
                .add("subschemaSubentry", DirectoryTree.SCHEMA)
                .add("vendorName", "Bridgehead")
                .add("vendorVersion", "Bridgehead LDAP directory");
    }

    public static LdapEntry schema() {
        return new LdapEntry(DirectoryTree.SCHEMA)
                .add("objectClass", "top", "subschema")
                .add("cn", "schema")
                .addAll("attributeTypes", LdapSchema.attributeTypeDefinitions())
                .addAll("objectClasses", LdapSchema.objectClassDefinitions());
    }

    public static LdapEntry people() {
        return new LdapEntry(DirectoryTree.PEOPLE)
                .add("objectClass", "top", "organizationalUnit")
                .add("ou", "people")
                .add("description", "The Global Address List and your contacts");
    }
}
