package org.bridgehead.exchange.ews;

import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.XmlElementNames;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.property.complex.FolderId;

/** A folder known only by its id, to send a change in UpdateFolder without loading it first. */
final class ExistingFolder extends Folder {

    private final FolderId id;

    ExistingFolder(ExchangeService service, FolderId id) throws Exception {
        super(service);
        this.id = id;
    }

    /** ews-java-api finds this name on its own classes' annotation, which a subclass does not inherit. */
    @Override
    public String getXmlElementName() {
        return XmlElementNames.Folder;
    }

    @Override
    public FolderId getId() {
        return id;
    }
}
