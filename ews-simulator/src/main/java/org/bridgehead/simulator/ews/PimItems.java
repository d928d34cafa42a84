package org.bridgehead.simulator.ews;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ExtendedPropertyKey;
import org.bridgehead.simulator.store.Importance;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.ItemUpdate;
import org.bridgehead.simulator.store.NewItem;
import org.bridgehead.simulator.store.PimData;
import org.bridgehead.simulator.store.SimulatorStore;
import org.bridgehead.simulator.store.XmlNode;
import org.w3c.dom.Element;

/**
 * Creates and changes calendar items, tasks and contacts from request elements: the client's
 * properties, Exchange's defaults and derived properties, and the item fields the store indexes
 * (subject, categories, importance) kept in step with them.
 */
final class PimItems {
    private final SimulatorStore store;
    private final Account account;
    private final ZoneId context;

    PimItems(SimulatorStore store, Account account, ZoneId context) {
        this.store = store;
        this.account = account;
        this.context = context;
    }

    /** The folder a new item of this type goes to when the request names none. */
    static DistinguishedFolder defaultFolder(PimSchema schema) {
        return switch (schema) {
            case CALENDAR_ITEM -> DistinguishedFolder.CALENDAR;
            case TASK -> DistinguishedFolder.TASKS;
            case CONTACT, DISTRIBUTION_LIST -> DistinguishedFolder.CONTACTS;
        };
    }

    NewItem newItem(PimSchema schema, Element element) throws EwsError, SoapFaultException {
        Map<String, XmlNode> fields = new PimFieldReader(schema, context).read(element);
        checkTimes(fields);
        linkMembers(fields);
        PimDefaults defaults = defaults();
        defaults.create(schema, fields, fields.containsKey("StartTimeZone")
                ? EwsTimeZones.read(Dom.child(element, "StartTimeZone").orElseThrow()) : context);
        alignSeries(schema, fields);
        defaults.derive(schema, fields);
        defaults.completeTask(schema, fields);
        ItemUpdate.Builder extended = ItemUpdate.builder();
        for (Map.Entry<ExtendedPropertyKey, List<String>> e : ExtendedPropertyValues.read(element).entrySet()) {
            ItemFields.setExtended(extended, e.getKey(), e.getValue());
        }
        PimData pim = new PimData(schema.element(), schema.itemClass(), fields);
        return NewItem.pim(pim, categories(pim), importance(pim), extended.build().set());
    }

    /** The update a t:Updates list makes to an item of this type. */
    ItemUpdate update(ItemState item, Element updates) throws EwsError, SoapFaultException {
        PimSchema schema = PimSchema.byElement(item.pim().type()).orElseThrow();
        Map<String, XmlNode> fields = new LinkedHashMap<>(item.pim().fields());
        ItemUpdate.Builder update = ItemUpdate.builder();
        for (Element u : Dom.children(updates)) {
            PropertyPath path = PropertyPaths.firstChild(u)
                    .orElseThrow(() -> Dom.schemaViolation(u.getLocalName() + " needs a property"));
            switch (u.getLocalName()) {
                case "SetItemField", "AppendToItemField" -> {
                    Element value = valueElement(u);
                    if (path instanceof PropertyPath.Extended) {
                        for (Map.Entry<ExtendedPropertyKey, List<String>> e : ExtendedPropertyValues.read(value).entrySet()) {
                            ItemFields.setExtended(update, e.getKey(), e.getValue());
                        }
                        continue;
                    }
                    if (!schema.element().equals(value.getLocalName())) {
                        throw new EwsError("ErrorIncorrectUpdatePropertyCount",
                                "An object within a change description must contain one and only one property to modify.");
                    }
                    String name = element(schema, path);
                    Map<String, XmlNode> set = new PimFieldReader(schema, context).read(value);
                    XmlNode node = Optional.ofNullable(set.get(name)).orElseThrow(() -> new EwsError(
                            "ErrorIncorrectUpdatePropertyCount",
                            "An object within a change description must contain one and only one property to modify."));
                    if (name.equals("Members") && u.getLocalName().equals("AppendToItemField")) {
                        fields.put(name, DistributionMembers.append(fields.get(name), node));
                    } else {
                        fields.put(name, indexed(path) ? IndexedFields.merge(fields.get(name), node) : node);
                    }
                }
                case "DeleteItemField" -> {
                    if (path instanceof PropertyPath.Extended) {
                        ItemFields.delete(path, update);
                        continue;
                    }
                    String name = element(schema, path);
                    if (!schema.settable(name)) {
                        throw new EwsError("ErrorInvalidPropertyDelete", "This property can't be deleted.");
                    }
                    String uri = ((PropertyPath.Field) path).uri();
                    if (DistributionMembers.isMemberPath(uri)) {
                        fields.put(name, DistributionMembers.remove(fields.get(name), uri));
                    } else if (indexed(path)) {
                        IndexedFields.remove(fields.get(name), ((PropertyPath.Field) path).uri())
                                .ifPresentOrElse(n -> fields.put(name, n), () -> fields.remove(name));
                    } else {
                        fields.remove(name);
                    }
                }
                default -> throw Dom.schemaViolation("unknown update " + u.getLocalName());
            }
        }
        checkTimes(fields);
        alignSeries(schema, fields);
        linkMembers(fields);
        PimDefaults defaults = defaults();
        defaults.derive(schema, fields);
        defaults.completeTask(schema, fields);
        PimData pim = new PimData(schema.element(), schema.itemClass(), fields);
        if (Occurrences.isOccurrence(item)) {
            // Exchange keeps a changed occurrence as an exception inside its master
            ItemState master = store.mailbox(account).item(item.number()).orElseThrow(EwsError::itemNotFound);
            pim = Occurrences.withException(master.pim(), Occurrences.originalStart(item), pim);
        }
        return update.pim(pim).subject(pim.text("Subject").orElse("")).categories(categories(pim))
                .importance(importance(pim)).build();
    }

    /**
     * A recurring master starts with its first occurrence, as Exchange moves it there: the first
     * date of the pattern on or after the range's StartDate, at the master's local start time.
     */
    private static void alignSeries(PimSchema schema, Map<String, XmlNode> fields) throws EwsError {
        if (schema != PimSchema.CALENDAR_ITEM || !fields.containsKey("Recurrence")) {
            return;
        }
        PimData series = new PimData(schema.element(), schema.itemClass(), fields);
        java.time.Instant first = Occurrences.firstStart(series).orElseThrow(() -> new EwsError(
                "ErrorCalendarInvalidRecurrence", "The recurrence pattern has no occurrences."));
        java.time.Duration length = java.time.Duration.between(Occurrences.start(series), Occurrences.end(series));
        fields.put("Start", XmlNode.leaf("Start", ItemWriter.time(first)));
        fields.put("End", XmlNode.leaf("End", ItemWriter.time(first.plus(length))));
        fields.remove("ReminderDueBy");
    }

    /** A distribution list's members that link to the caller's contacts, resolved as Exchange resolves them. */
    private void linkMembers(Map<String, XmlNode> fields) throws EwsError {
        if (!fields.containsKey("Members")) {
            return;
        }
        ItemLocator locator = new ItemLocator(store, account);
        fields.put("Members", DistributionMembers.link(fields.get("Members"), id -> {
            try {
                return locator.mailbox().item(locator.number(id)).map(ItemState::pim);
            } catch (EwsError e) {
                return Optional.empty();
            }
        }));
    }

    private PimDefaults defaults() {
        return new PimDefaults(account, store.directory(), store.clock().instant());
    }

    /** Exchange refuses an item that ends before it starts. */
    private static void checkTimes(Map<String, XmlNode> fields) throws EwsError {
        XmlNode start = fields.get("Start");
        XmlNode end = fields.get("End");
        if (start != null && end != null && start.text().compareTo(end.text()) > 0) {
            throw new EwsError("ErrorCalendarEndDateIsEarlierThanStartDate",
                    "EndDate is earlier than StartDate");
        }
    }

    private static Element valueElement(Element update) throws SoapFaultException {
        return Dom.children(update).stream().filter(e -> !e.getLocalName().endsWith("FieldURI")).findFirst()
                .orElseThrow(() -> Dom.schemaViolation(update.getLocalName() + " needs an item with the value"));
    }

    private static String element(PimSchema schema, PropertyPath path) throws EwsError {
        String uri = ((PropertyPath.Field) path).uri();
        return schema.elementOf(uri).orElseThrow(() -> new EwsError("ErrorInvalidPropertyForOperation",
                "This property is not valid for this type of item: " + uri));
    }

    private static boolean indexed(PropertyPath path) {
        String uri = ((PropertyPath.Field) path).uri();
        return uri.startsWith("contacts:") && uri.chars().filter(c -> c == ':').count() >= 2;
    }

    private static List<String> categories(PimData pim) {
        List<String> result = new ArrayList<>();
        pim.field("Categories").ifPresent(c -> c.children("String").forEach(s -> result.add(s.textOrEmpty())));
        return result;
    }

    private static Importance importance(PimData pim) {
        return Importance.byEwsName(pim.text("Importance").orElse("Normal")).orElse(Importance.NORMAL);
    }
}
