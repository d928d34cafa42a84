package org.bridgehead.ldap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jpegPhoto of a personal contact is its picture attachment, fetched only when a client asks for it. */
class LdapContactPhotoTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 7};

    @Test
    void aContactsPictureIsItsJpegPhotoOnlyWhenAskedFor(@TempDir Path work) throws Exception {
        try (LdapGateway gateway = new LdapGateway(work)) {
            String id = ExchangeContacts.create(gateway.simulator.ewsUrl(), LdapGateway.ALICE, LdapGateway.PASSWORD,
                    "<t:Contact><t:DisplayName>Quentin Supplier</t:DisplayName><t:GivenName>Quentin</t:GivenName>"
                            + "<t:EmailAddresses><t:Entry Key=\"EmailAddress1\">quentin@supplier.example</t:Entry>"
                            + "</t:EmailAddresses><t:Surname>Supplier</t:Surname></t:Contact>");
            ExchangeContacts.attachPicture(gateway.simulator.ewsUrl(), LdapGateway.ALICE, LdapGateway.PASSWORD, id, JPEG);
            try (LDAPConnection alice = gateway.alice()) {
                long attachments = gateway.ewsCalls("GetAttachment");
                SearchResultEntry plain = alice.searchForEntry("ou=people", SearchScope.SUB,
                        "(mail=quentin@supplier.example)");
                assertNull(plain.getAttribute("jpegPhoto"), "pictures only when asked for");
                assertEquals(attachments, gateway.ewsCalls("GetAttachment"), "and then they cost nothing");

                SearchResultEntry photo = alice.searchForEntry("ou=people", SearchScope.SUB,
                        "(mail=quentin@supplier.example)", "cn", "jpegPhoto");
                assertEquals("Quentin Supplier", photo.getAttributeValue("cn"));
                assertArrayEquals(JPEG, photo.getAttributeValueBytes("jpegPhoto"));
                assertEquals(attachments + 1, gateway.ewsCalls("GetAttachment"));

                SearchResultEntry colleague = alice.searchForEntry("ou=people", SearchScope.SUB,
                        "(mail=alice@example.com)", "jpegPhoto");
                byte[] gal = colleague.getAttributeValueBytes("jpegPhoto");
                assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8}, new byte[] {gal[0], gal[1]},
                        "a colleague's picture comes from GetUserPhoto");
            }
            try (LDAPConnection bob = gateway.bound("bob@example.com", LdapGateway.PASSWORD)) {
                assertNull(bob.searchForEntry("ou=people", SearchScope.SUB, "(mail=quentin@supplier.example)"),
                        "alice's contacts and their pictures are hers");
            }
        }
    }
}
