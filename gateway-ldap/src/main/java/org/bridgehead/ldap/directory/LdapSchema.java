package org.bridgehead.ldap.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes and object classes the directory serves: their names, the aliases and OIDs
 * clients may use for them, and their definitions for the subschema entry. Standard attributes
 * are those of RFC 4519 and RFC 2798 (inetOrgPerson); mozilla*, evolution and Apple ones are
 * those Thunderbird, Evolution and macOS Contacts read.
 */
public final class LdapSchema {

    /** One attribute: canonical name, OID, other names, syntax OID and whether it is single-valued. */
    record AttributeType(String name, String oid, List<String> aliases, String syntax, boolean singleValue) {
    }

    private static final String DIRECTORY_STRING = "1.3.6.1.4.1.1466.115.121.1.15";
    private static final String IA5_STRING = "1.3.6.1.4.1.1466.115.121.1.26";
    private static final String PHONE = "1.3.6.1.4.1.1466.115.121.1.50";
    private static final String DN = "1.3.6.1.4.1.1466.115.121.1.12";
    private static final String JPEG = "1.3.6.1.4.1.1466.115.121.1.28";
    private static final String OID = "1.3.6.1.4.1.1466.115.121.1.38";
    private static final String POSTAL = "1.3.6.1.4.1.1466.115.121.1.41";
    private static final String COUNTRY = "1.3.6.1.4.1.1466.115.121.1.11";
    private static final String MOZILLA = "1.3.6.1.4.1.13769.";

    private static final List<AttributeType> ATTRIBUTES = List.of(
            new AttributeType("objectClass", "2.5.4.0", List.of(), OID, false),
            new AttributeType("cn", "2.5.4.3", List.of("commonName"), DIRECTORY_STRING, false),
            new AttributeType("sn", "2.5.4.4", List.of("surname"), DIRECTORY_STRING, false),
            new AttributeType("c", "2.5.4.6", List.of("countryName"), COUNTRY, true),
            new AttributeType("l", "2.5.4.7", List.of("localityName", "locality"), DIRECTORY_STRING, false),
            new AttributeType("st", "2.5.4.8", List.of("stateOrProvinceName"), DIRECTORY_STRING, false),
            new AttributeType("street", "2.5.4.9", List.of("streetAddress"), DIRECTORY_STRING, false),
            new AttributeType("o", "2.5.4.10", List.of("organizationName"), DIRECTORY_STRING, false),
            new AttributeType("ou", "2.5.4.11", List.of("organizationalUnitName"), DIRECTORY_STRING, false),
            new AttributeType("title", "2.5.4.12", List.of(), DIRECTORY_STRING, false),
            new AttributeType("description", "2.5.4.13", List.of(), DIRECTORY_STRING, false),
            new AttributeType("postalAddress", "2.5.4.16", List.of(), POSTAL, false),
            new AttributeType("postalCode", "2.5.4.17", List.of(), DIRECTORY_STRING, false),
            new AttributeType("telephoneNumber", "2.5.4.20", List.of(), PHONE, false),
            new AttributeType("facsimileTelephoneNumber", "2.5.4.23", List.of("fax"), PHONE, false),
            new AttributeType("givenName", "2.5.4.42", List.of("gn"), DIRECTORY_STRING, false),
            new AttributeType("uid", "0.9.2342.19200300.100.1.1", List.of("userid"), DIRECTORY_STRING, false),
            new AttributeType("mail", "0.9.2342.19200300.100.1.3", List.of("rfc822Mailbox", "email",
                    "emailAddress"), IA5_STRING, false),
            new AttributeType("manager", "0.9.2342.19200300.100.1.10", List.of(), DN, false),
            new AttributeType("homePhone", "0.9.2342.19200300.100.1.20", List.of("homeTelephoneNumber"), PHONE, false),
            new AttributeType("mobile", "0.9.2342.19200300.100.1.41", List.of("mobileTelephoneNumber"), PHONE, false),
            new AttributeType("co", "0.9.2342.19200300.100.1.43", List.of("friendlyCountryName"), DIRECTORY_STRING,
                    true),
            new AttributeType("homePostalAddress", "0.9.2342.19200300.100.1.39", List.of(), POSTAL, false),
            new AttributeType("jpegPhoto", "0.9.2342.19200300.100.1.60", List.of(), JPEG, false),
            new AttributeType("displayName", "2.16.840.1.113730.3.1.241", List.of(), DIRECTORY_STRING, true),
            new AttributeType("department", "1.2.840.113556.1.2.141", List.of("departmentNumber"), DIRECTORY_STRING,
                    true),
            new AttributeType("physicalDeliveryOfficeName", "2.5.4.19", List.of("roomNumber"), DIRECTORY_STRING,
                    false),
            new AttributeType("company", "1.2.840.113556.1.2.146", List.of(), DIRECTORY_STRING, true),
            new AttributeType("mozillaNickname", MOZILLA + "2.1", List.of("xmozillanickname"), DIRECTORY_STRING, true),
            new AttributeType("mozillaSecondEmail", MOZILLA + "2.2", List.of("xmozillasecondemail"), IA5_STRING,
                    true),
            new AttributeType("mozillaHomeStreet", MOZILLA + "3.1", List.of(), DIRECTORY_STRING, true),
            new AttributeType("mozillaHomeLocalityName", MOZILLA + "3.3", List.of(), DIRECTORY_STRING, true),
            new AttributeType("mozillaHomeState", MOZILLA + "3.4", List.of(), DIRECTORY_STRING, true),
            new AttributeType("mozillaHomePostalCode", MOZILLA + "3.5", List.of(), DIRECTORY_STRING, true),
            new AttributeType("mozillaHomeCountryName", MOZILLA + "3.6", List.of(), DIRECTORY_STRING, true),
            new AttributeType("fileAs", "1.3.6.1.4.1.8506.1.2.14", List.of(), DIRECTORY_STRING, true),
            new AttributeType("subschemaSubentry", "2.5.18.10", List.of(), DN, true));

    private static final Map<String, AttributeType> BY_NAME = index();

    private LdapSchema() {
    }

    /** The canonical name of an attribute given by any of its names or its OID; empty if unknown. */
    public static Optional<String> canonical(String name) {
        AttributeType type = BY_NAME.get(stripOptions(name).toLowerCase(Locale.ROOT));
        return type == null ? Optional.empty() : Optional.of(type.name());
    }

    public static boolean isBinary(String canonicalName) {
        return canonicalName.equals("jpegPhoto");
    }

    /** The attributeTypes values of the subschema entry (RFC 4512 4.1.2). */
    static List<String> attributeTypeDefinitions() {
        return ATTRIBUTES.stream().map(a -> {
            StringBuilder names = new StringBuilder();
            names.append(a.aliases().isEmpty() ? "'" + a.name() + "'" : "( '" + a.name() + "'");
            a.aliases().forEach(alias -> names.append(" '").append(alias).append("'"));
            if (!a.aliases().isEmpty()) {
                names.append(" )");
            }
            return "( " + a.oid() + " NAME " + names + " SYNTAX " + a.syntax()
                    + (a.singleValue() ? " SINGLE-VALUE" : "") + " )";
        }).toList();
    }

    /** The objectClasses values of the subschema entry, for the classes every person entry has. */
    static List<String> objectClassDefinitions() {
        return List.of(
                "( 2.5.6.0 NAME 'top' ABSTRACT MUST objectClass )",
                "( 2.5.6.6 NAME 'person' SUP top STRUCTURAL MUST ( sn $ cn ) MAY ( telephoneNumber $ description ) )",
                "( 2.5.6.7 NAME 'organizationalPerson' SUP person STRUCTURAL MAY ( title $ postalAddress $ postalCode"
                        + " $ street $ st $ l $ ou $ facsimileTelephoneNumber $ physicalDeliveryOfficeName ) )",
                "( 2.16.840.1.113730.3.2.2 NAME 'inetOrgPerson' SUP organizationalPerson STRUCTURAL MAY ( displayName"
                        + " $ givenName $ homePhone $ homePostalAddress $ jpegPhoto $ mail $ manager $ mobile $ o $ uid"
                        + " $ departmentNumber ) )",
                "( " + MOZILLA + "2.4 NAME 'mozillaAbPersonAlpha' SUP top AUXILIARY MUST cn MAY ( c $ co $ description"
                        + " $ displayName $ facsimileTelephoneNumber $ givenName $ homePhone $ l $ mail $ mobile"
                        + " $ mozillaHomeCountryName $ mozillaHomeLocalityName $ mozillaHomePostalCode $ mozillaHomeState"
                        + " $ mozillaHomeStreet $ mozillaNickname $ mozillaSecondEmail $ o $ ou $ postalCode $ sn $ st"
                        + " $ street $ telephoneNumber $ title $ department $ company ) )",
                "( 1.3.6.1.4.1.8506.1.3.1 NAME 'evolutionPerson' SUP inetOrgPerson STRUCTURAL MAY ( fileAs ) )",
                "( 2.5.6.5 NAME 'organizationalUnit' SUP top STRUCTURAL MUST ou MAY description )",
                "( 2.5.20.1 NAME 'subschema' AUXILIARY MAY ( attributeTypes $ objectClasses ) )");
    }

    /** {@code mail;binary} is {@code mail}: attribute options do not change what is served. */
    private static String stripOptions(String name) {
        int semicolon = name.indexOf(';');
        return semicolon >= 0 ? name.substring(0, semicolon) : name;
    }

    private static Map<String, AttributeType> index() {
        Map<String, AttributeType> index = new LinkedHashMap<>();
        for (AttributeType type : ATTRIBUTES) {
            index.put(type.name().toLowerCase(Locale.ROOT), type);
            index.put(type.oid(), type);
            type.aliases().forEach(alias -> index.put(alias.toLowerCase(Locale.ROOT), type));
        }
        return Map.copyOf(index);
    }
}
