package org.bridgehead.simulator.ews;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SecureXml;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * EWS requests run inside the simulator as one of its users, without HTTP: how seeds fill
 * calendars, so that seeded items are made exactly as a client's would be (defaults, series,
 * meetings with their requests and responses).
 */
public final class LocalRequests {
    private static final String VERSION = "Exchange2013_SP1";

    private final SimulatorStore store;
    private final Map<String, EwsOperation> operations;
    private final SecureXml xmlParser = new SecureXml();

    public LocalRequests(SimulatorStore store) {
        this.store = store;
        this.operations = EwsOperations.all(store).stream()
                .collect(Collectors.toMap(EwsOperation::name, Function.identity()));
    }

    /**
     * Runs one operation written with the prefixes m: and t:, and answers the ids of the items its
     * first response message lists, in order.
     *
     * @throws IllegalStateException when the operation fails: a seed must be consistent
     */
    public List<String> run(String user, String operationXml) {
        Account account = store.find(user).orElseThrow(() -> new IllegalArgumentException("no user " + user));
        Element request = parse("<w xmlns:m=\"" + EwsNamespaces.MESSAGES + "\" xmlns:t=\"" + EwsNamespaces.TYPES
                + "\">" + operationXml + "</w>");
        Element operationElement = Dom.children(request).get(0);
        EwsOperation operation = operations.get(operationElement.getLocalName());
        if (operation == null) {
            throw new IllegalArgumentException("no operation " + operationElement.getLocalName());
        }
        StringWriter text = new StringWriter();
        try {
            operation.execute(new EwsCall(account, operationElement, VERSION), new XmlWriter(text));
        } catch (SoapFaultException e) {
            throw new IllegalStateException("seed request refused: " + e.getMessage(), e);
        }
        Element response = parse("<w xmlns:m=\"" + EwsNamespaces.MESSAGES + "\" xmlns:t=\"" + EwsNamespaces.TYPES
                + "\">" + text + "</w>");
        Element message = first(response, "ResponseMessages").flatMap(m -> Dom.children(m).stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("no response message: " + text));
        if (!"Success".equals(message.getAttribute("ResponseClass"))) {
            throw new IllegalStateException("seed request failed: " + text);
        }
        // m:Items (CreateItem, GetItem ...) or m:RootFolder/t:Items (FindItem)
        return first(message, "Items").map(items -> Dom.children(items).stream()
                .map(i -> Dom.child(i, "ItemId").map(id -> id.getAttribute("Id")).orElse("")).toList())
                .orElse(List.of());
    }

    private static java.util.Optional<Element> first(Element root, String localName) {
        for (Element child : Dom.children(root)) {
            if (child.getLocalName().equals(localName)) {
                return java.util.Optional.of(child);
            }
            java.util.Optional<Element> deeper = first(child, localName);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return java.util.Optional.empty();
    }

    private Element parse(String xml) {
        try {
            return xmlParser.parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).getDocumentElement();
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalStateException("not well-formed XML", e);
        }
    }
}
