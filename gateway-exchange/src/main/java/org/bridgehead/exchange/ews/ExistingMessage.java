package org.bridgehead.exchange.ews;

import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.XmlElementNames;
import microsoft.exchange.webservices.data.core.service.item.EmailMessage;
import microsoft.exchange.webservices.data.property.complex.ItemId;

/**
 * A message known only by its id, to send property changes in a batched UpdateItem without first
 * loading it (ews-java-api would otherwise need one GetItem per message).
 */
final class ExistingMessage extends EmailMessage {

    private final ItemId id;

    ExistingMessage(ExchangeService service, ItemId id) throws Exception {
        super(service);
        this.id = id;
    }

    /** The id given at construction; UpdateItem sets the new change key on it. */
    /** ews-java-api finds this name on its own classes' annotation, which a subclass does not inherit. */
    @Override
    public String getXmlElementName() {
        return XmlElementNames.Message;
    }

    @Override
    public ItemId getId() {
        return id;
    }
}
