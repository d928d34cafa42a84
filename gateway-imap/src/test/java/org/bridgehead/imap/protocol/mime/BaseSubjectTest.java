package org.bridgehead.imap.protocol.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BaseSubjectTest {

    @Test
    void leadersTrailersAndForwardWrappersGo() {
        assertEquals("QUARTERLY REPORT", BaseSubject.of("re: RE: Fwd: quarterly REPORT").text());
        assertEquals("LARGE ATTACHMENT", BaseSubject.of("Fwd: [list] Large attachment").text());
        assertEquals("PLANNING", BaseSubject.of("[team] Re[2]: planning (fwd) (FWD)  ").text());
        assertEquals("PLANNING", BaseSubject.of("[Fwd: Re: planning]").text());
        assertEquals("A B", BaseSubject.of("  a\t\r\n   b ").text());
        assertEquals("FW IS NOT A LEADER", BaseSubject.of("fw is not a leader").text());
    }

    @Test
    void aBlobAloneStaysAndOnlyRealLeadersMakeAReply() {
        assertEquals("[ONLY A BLOB]", BaseSubject.of("[only a blob]").text());
        assertEquals("", BaseSubject.of("").text());
        assertTrue(BaseSubject.of("Re: x").replyOrForward());
        assertTrue(BaseSubject.of("x (fwd)").replyOrForward());
        assertFalse(BaseSubject.of("[list] x ").replyOrForward());
    }
}
