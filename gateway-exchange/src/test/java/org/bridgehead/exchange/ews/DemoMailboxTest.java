package org.bridgehead.exchange.ews;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the tests that run against a fresh demo simulator signed in as alice, one per test. */
abstract class DemoMailboxTest {

    @TempDir
    Path cache;

    MailFixture fixture;

    @BeforeEach
    void startFixture() throws Exception {
        fixture = MailFixture.start(cache);
    }

    @AfterEach
    void stopFixture() {
        fixture.close();
    }
}
