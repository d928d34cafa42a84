package org.bridgehead.simulator.ews;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.service.item.EmailMessage;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.MimeContent;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.store.MailLimits;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;

/** A 50 MB message survives CreateItem and GetItem over HTTP unchanged. */
class LargeMessageTest {
    private static final int SIZE = 50 * 1024 * 1024;

    private static byte[] largeMime() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(SIZE + 1024);
        out.writeBytes(("From: bob@example.com\r\nTo: alice@example.com\r\nSubject: Big\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nbig\r\n"
                + "--b\r\nContent-Type: application/octet-stream; name=\"big.bin\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] line = new byte[57];
        Random random = new Random(1);
        Base64.Encoder encoder = Base64.getEncoder();
        while (out.size() < SIZE - 100) {
            random.nextBytes(line);
            out.writeBytes(encoder.encode(line));
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        out.writeBytes("--b--\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void fiftyMegabyteMessageIsStoredAndReturnedByteForByte() throws Exception {
        SimulatorStore store = TestMailboxes.create();
        store.setLimits(new MailLimits(60L * 1024 * 1024, Long.MAX_VALUE));
        SimulatorOptions options = SimulatorOptions.builder().maxRequestBytes(100 * 1024 * 1024).build();
        byte[] mime = largeMime();
        try (EwsSimulator simulator = EwsSimulator.start(options, store, EwsOperations.all(store))) {
            ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
            service.setUrl(simulator.ewsUrl());
            service.setCredentials(new WebCredentials("alice@example.com", "demo"));
            service.setTimeout(120_000);
            EmailMessage message = new EmailMessage(service);
            message.setMimeContent(new MimeContent("UTF-8", mime));
            message.save(new FolderId(WellKnownFolderName.Inbox));
            EmailMessage loaded = EmailMessage.bind(service, message.getId(),
                    new PropertySet(BasePropertySet.IdOnly, ItemSchema.MimeContent, ItemSchema.Size));
            assertEquals(mime.length, loaded.getSize());
            assertArrayEquals(mime, loaded.getMimeContent().getContent());
            service.close();
        }
    }
}
