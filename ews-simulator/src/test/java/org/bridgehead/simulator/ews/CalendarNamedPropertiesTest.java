package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The named properties the store keeps on every calendar item, as clients such as DavMail filter by them. */
class CalendarNamedPropertiesTest {
    private static final String ALICE = "alice@example.com";
    private static final String RECURRING_BY_NAME = "<t:ExtendedFieldURI DistinguishedPropertySetId=\"Appointment\""
            + " PropertyId=\"33315\" PropertyType=\"Boolean\"/>";
    private static final String RECURRING_BY_GUID = "<t:ExtendedFieldURI"
            + " PropertySetId=\"00062002-0000-0000-C000-000000000046\" PropertyId=\"33315\" PropertyType=\"Boolean\"/>";

    private final SimulatorStore store = TestMailboxes.create();
    private final SoapWire wire = new SoapWire(store);

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void pidLidRecurringIsFalseOnSingleItemsAndTrueOnSeries() throws Exception {
        create("Single", "");
        create("Weekly", "<t:Recurrence><t:WeeklyRecurrence><t:Interval>1</t:Interval><t:DaysOfWeek>Monday"
                + "</t:DaysOfWeek></t:WeeklyRecurrence><t:NumberedRecurrence><t:StartDate>2026-12-07</t:StartDate>"
                + "<t:NumberOfOccurrences>4</t:NumberOfOccurrences></t:NumberedRecurrence></t:Recurrence>");

        assertEquals(List.of("Single"), subjectsWhereRecurringIs(RECURRING_BY_NAME, "false"));
        assertEquals(List.of("Weekly"), subjectsWhereRecurringIs(RECURRING_BY_NAME, "true"));
        assertEquals(List.of("Weekly"), subjectsWhereRecurringIs(RECURRING_BY_GUID, "1"));
    }

    @Test
    void pidLidRecurringIsReturnedWhenAskedFor() throws Exception {
        create("Single", "");
        Element found = wire.post(ALICE, "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly"
                + "</t:BaseShape><t:AdditionalProperties>" + RECURRING_BY_NAME + "</t:AdditionalProperties>"
                + "</m:ItemShape><m:ParentFolderIds><t:DistinguishedFolderId Id=\"calendar\"/></m:ParentFolderIds>"
                + "</m:FindItem>");
        Element property = first(found, "ExtendedProperty");
        assertEquals("false", first(property, "Value").getTextContent());
        assertEquals("33315", first(property, "ExtendedFieldURI").getAttribute("PropertyId"));
    }

    private List<String> subjectsWhereRecurringIs(String field, String value) throws Exception {
        Element found = wire.post(ALICE, "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>Default"
                + "</t:BaseShape></m:ItemShape><m:Restriction><t:IsEqualTo>" + field + "<t:FieldURIOrConstant>"
                + "<t:Constant Value=\"" + value + "\"/></t:FieldURIOrConstant></t:IsEqualTo></m:Restriction>"
                + "<m:ParentFolderIds><t:DistinguishedFolderId Id=\"calendar\"/></m:ParentFolderIds></m:FindItem>");
        assertEquals("NoError", responseCode(messages(found).get(0)));
        return OperationHarness.all(found, EwsNamespaces.TYPES, "Subject").stream().map(Element::getTextContent).toList();
    }

    private void create(String subject, String recurrence) throws Exception {
        Element response = wire.post(ALICE, "<m:CreateItem SendMeetingInvitations=\"SendToNone\"><m:Items><t:CalendarItem>"
                + "<t:Subject>" + subject + "</t:Subject>"
                + "<t:Start>2026-12-07T09:00:00Z</t:Start><t:End>2026-12-07T10:00:00Z</t:End>" + recurrence
                + "</t:CalendarItem></m:Items></m:CreateItem>");
        assertEquals("NoError", responseCode(messages(response).get(0)), subject);
    }
}
