package org.bridgehead.smtp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.bridgehead.smtp.submit.BodyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailFromArgumentsTest {

    @Test
    void readsSenderSizeAndBody() throws CommandRejectedException {
        MailFromArguments parsed = MailFromArguments.parse("FROM:<alice@example.com> SIZE=1234 BODY=8bitmime");

        assertEquals(new MailFromArguments("alice@example.com", OptionalLong.of(1234), BodyType.EIGHT_BIT_MIME, false), parsed);
    }

    @Test
    void acceptsNullSenderSpaceAfterColonAndAuthParameter() throws CommandRejectedException {
        MailFromArguments parsed = MailFromArguments.parse("from: <> AUTH=<>");

        assertEquals(new MailFromArguments("", OptionalLong.empty(), BodyType.SEVEN_BIT, false), parsed);
    }

    @Test
    void dropsSourceRoute() throws CommandRejectedException {
        assertEquals("bob@example.org", MailFromArguments.parse("FROM:<@relay.example,@other.example:bob@example.org>").sender());
    }

    @Test
    void acceptsQuotedLocalPartWithBracket() throws CommandRejectedException {
        assertEquals("\"odd>name\"@example.org", MailFromArguments.parse("FROM:<\"odd>name\"@example.org>").sender());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "TO:<a@b.c>                       | 501 | 5.5.4",
        "FROM:a@b.c                       | 501 | 5.5.4",
        "FROM:<a@b.c                      | 501 | 5.5.4",
        "FROM:<a@b.c>x                    | 501 | 5.5.4",
        "FROM:<no-at-sign>                | 501 | 5.1.7",
        "FROM:<a b@c.d>                   | 501 | 5.1.7",
        "FROM:<a@-bad-.d>                 | 501 | 5.1.7",
        "FROM:<a@b.c> SIZE=big            | 501 | 5.5.4",
        "FROM:<a@b.c> SIZE=1 SIZE=2       | 501 | 5.5.4",
        "FROM:<a@b.c> BODY=BINARYMIME     | 501 | 5.5.4",
        "FROM:<a@b.c> SMTPUTF8=yes        | 501 | 5.5.4",
        "FROM:<j\u00fcrgen@b.c>           | 553 | 5.6.7",
        "FROM:<j\u00fcrgen@b.c> SIZE=10   | 553 | 5.6.7",
    })
    void rejectsMalformedArguments(String argument, int code, String status) {
        CommandRejectedException rejected = assertThrows(CommandRejectedException.class,
                () -> MailFromArguments.parse(wire(argument.strip())));

        assertEquals(code, rejected.reply().code());
        assertEquals(status, rejected.reply().status());
    }

    @Test
    void smtputf8AllowsUtf8LocalPartsAndDomains() throws CommandRejectedException {
        MailFromArguments parsed = MailFromArguments.parse(wire("FROM:<jürgen@bücher.example> SMTPUTF8 BODY=8BITMIME"));

        assertEquals(new MailFromArguments("jürgen@bücher.example", OptionalLong.empty(), BodyType.EIGHT_BIT_MIME, true),
                parsed);
        assertEquals("用户@例子.广告", RcptToArguments.parse(wire("TO:<用户@例子.广告>"), true).recipient());
    }

    @Test
    void utf8AddressesNeedSmtputf8AndValidUtf8() {
        assertEquals("5.6.7", assertThrows(CommandRejectedException.class,
                () -> RcptToArguments.parse(wire("TO:<jürgen@b.c>"), false)).reply().status());
        CommandRejectedException invalid = assertThrows(CommandRejectedException.class,
                () -> RcptToArguments.parse("TO:<j\u00fcrgen@b.c>", true)); // a lone Latin-1 byte
        assertEquals(501, invalid.reply().code());
        assertEquals("5.6.7", invalid.reply().status());
    }

    @Test
    void recipientNeedsAnAddressAndTakesNoParameters() {
        assertEquals(501, assertThrows(CommandRejectedException.class, () -> RcptToArguments.parse("TO:<>", false)).reply().code());
        assertEquals(555, assertThrows(CommandRejectedException.class,
                () -> RcptToArguments.parse("TO:<a@b.c> NOTIFY=NEVER", false)).reply().code());
    }

    /** A command line as the server reads it: the client's UTF-8 bytes, one char per byte. */
    private static String wire(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
