package org.bridgehead.smtp.envelope;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The mail addresses named in address header fields, normalized for comparison. */
final class HeaderAddresses {

    private HeaderAddresses() {
    }

    /**
     * The addresses of every field with one of the names, groups expanded: lower-cased address to
     * the display name written with it ({@code null} if none), in header order.
     */
    static Map<String, String> of(HeaderSection headers, String... fieldNames) {
        Map<String, String> addresses = new LinkedHashMap<>();
        for (String name : fieldNames) {
            for (String value : headers.values(name)) {
                addFrom(value, addresses);
            }
        }
        return addresses;
    }

    static String normalize(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    private static void addFrom(String value, Map<String, String> addresses) {
        try {
            for (InternetAddress address : InternetAddress.parseHeader(utf8(value), false)) {
                if (address.isGroup()) {
                    for (InternetAddress member : address.getGroup(false)) {
                        add(member, addresses);
                    }
                } else {
                    add(address, addresses);
                }
            }
        } catch (AddressException unparsable) {
            // Naming no one is the safe reading: its recipients become blind copies, which
            // still reach them, whereas a wrongly "visible" recipient might not be sent to.
        }
    }

    /**
     * Headers are read byte for byte; a message sent with SMTPUTF8 may write UTF-8 in them
     * (RFC 6532), which is then decoded as such. Other bytes stay as read.
     */
    private static String utf8(String byteForByte) {
        byte[] bytes = byteForByte.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return byteForByte;
        }
    }

    private static void add(InternetAddress address, Map<String, String> addresses) {
        if (address.getAddress() != null) {
            addresses.putIfAbsent(normalize(address.getAddress()), address.getPersonal());
        }
    }
}
