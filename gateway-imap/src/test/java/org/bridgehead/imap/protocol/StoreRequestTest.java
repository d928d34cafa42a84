package org.bridgehead.imap.protocol;

import static org.bridgehead.imap.protocol.Commands.arguments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoreRequestTest {

    @Test
    void addSilentWithFlagList() throws Exception {
        StoreRequest request = StoreRequest.parse(arguments("2:4 +FLAGS.SILENT (\\seen \\Deleted)"), false);
        assertEquals(StoreRequest.Mode.ADD, request.mode());
        assertEquals(true, request.silent());
        assertEquals(List.of(Flag.SEEN, Flag.DELETED), List.copyOf(request.flags()));
        assertEquals("2:4", request.sequenceSet().toString());
    }

    @Test
    void unchangedSinceModifierParses() throws Exception {
        StoreRequest request = StoreRequest.parse(arguments("1:3 (UNCHANGEDSINCE 320162338) +FLAGS (\\Seen)"), false);
        assertEquals(java.util.OptionalLong.of(320162338), request.unchangedSince());
        assertEquals(StoreRequest.Mode.ADD, request.mode());
        assertEquals(java.util.OptionalLong.empty(), StoreRequest.parse(arguments("1 FLAGS ()"), false).unchangedSince());
        assertThrows(ImapSyntaxException.class, () -> StoreRequest.parse(arguments("1 (UNCHANGEDSINCE x) FLAGS ()"), false));
        assertThrows(ImapSyntaxException.class, () -> StoreRequest.parse(arguments("1 (OTHER 1) FLAGS ()"), false));
    }

    @Test
    void removeWithBareFlagsAndKeywords() throws Exception {
        StoreRequest request = StoreRequest.parse(arguments("1 -flags \\Flagged $Work"), true);
        assertEquals(StoreRequest.Mode.REMOVE, request.mode());
        assertEquals(false, request.silent());
        assertEquals(Set.of(Flag.FLAGGED, new Flag("$Work")), request.flags());
        assertEquals(true, request.byUid());
    }

    @Test
    void replaceWithEmptyListClearsFlags() throws Exception {
        StoreRequest request = StoreRequest.parse(arguments("1:* FLAGS ()"), false);
        assertEquals(StoreRequest.Mode.REPLACE, request.mode());
        assertEquals(Set.of(), request.flags());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 +FLAGS (\\Recent)", "1 XFLAGS (\\Seen)", "1 +FLAGS.LOUD (\\Seen)", "1 +FLAGS",
            "1 FLAGS (\\*)", "1 FLAGS (a]b)", "1 FLAGS (\\Seen) extra"})
    void malformedStoresAreSyntaxErrors(String text) {
        assertThrows(ImapSyntaxException.class, () -> StoreRequest.parse(arguments(text), false));
    }
}
