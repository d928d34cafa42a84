package org.bridgehead.imap.command;

import java.io.IOException;
import java.io.InputStream;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.imap.protocol.LiteralData;

/** An APPENDed literal handed to the backend without copying (it may be spooled to a file). */
record LiteralContent(LiteralData literal) implements Content {

    @Override
    public long length() {
        return literal.size();
    }

    @Override
    public InputStream openStream() throws IOException {
        return literal.openStream();
    }
}
