package org.bridgehead.simulator.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.misc.IdFormat;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.MapiPropertyType;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.search.FolderTraversal;
import microsoft.exchange.webservices.data.core.enumeration.sync.ChangeType;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.search.ResolveNameSearchLocation;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.core.service.schema.FolderSchema;
import microsoft.exchange.webservices.data.core.service.schema.ServiceObjectSchema;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.misc.NameResolutionCollection;
import microsoft.exchange.webservices.data.misc.OutParam;
import microsoft.exchange.webservices.data.misc.id.AlternateId;
import microsoft.exchange.webservices.data.property.complex.ExtendedPropertyCollection;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;
import microsoft.exchange.webservices.data.search.FindFoldersResults;
import microsoft.exchange.webservices.data.search.FolderView;
import microsoft.exchange.webservices.data.search.filter.SearchFilter;
import microsoft.exchange.webservices.data.sync.ChangeCollection;
import microsoft.exchange.webservices.data.sync.FolderChange;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.seed.DemoDataSet;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The folder operations as a real client sees them: ews-java-api against the demo data over HTTP. */
class EwsJavaApiFolderTest {
    private EwsSimulator simulator;
    private ExchangeService service;

    @BeforeEach
    void start() {
        SimulatorStore store = DemoDataSet.create();
        simulator = EwsSimulator.start(SimulatorOptions.defaults(), store, EwsOperations.all(store));
        service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        service.setUrl(simulator.ewsUrl());
        service.setCredentials(new WebCredentials("alice@example.com", DemoDataSet.PASSWORD));
        service.setTimeout(20_000);
    }

    @AfterEach
    void stop() {
        service.close();
        simulator.close();
    }

    @Test
    void bindsWellKnownFolders() throws Exception {
        Folder inbox = Folder.bind(service, WellKnownFolderName.Inbox);
        assertEquals("Inbox", inbox.getDisplayName());
        assertEquals(4, inbox.getChildFolderCount());
        assertEquals(21 + 2, inbox.getTotalCount(), "the demo mail and bob's two answers to alice's meetings");
        assertTrue(inbox.getUnreadCount() > 0 && inbox.getUnreadCount() < inbox.getTotalCount());
        Folder calendar = Folder.bind(service, WellKnownFolderName.Calendar);
        assertEquals("CalendarFolder", calendar.getClass().getSimpleName());
    }

    @Test
    void findsTheWholeTreeWithDeepTraversalAndExtendedProperties() throws Exception {
        ExtendedPropertyDefinition nextUid = new ExtendedPropertyDefinition(0x6751, MapiPropertyType.Integer);
        FolderView view = new FolderView(100);
        view.setTraversal(FolderTraversal.Deep);
        view.setPropertySet(new PropertySet(BasePropertySet.FirstClassProperties, FolderSchema.FolderClass, nextUid));
        FindFoldersResults results = service.findFolders(WellKnownFolderName.MsgFolderRoot,
                new SearchFilter.IsEqualTo(FolderSchema.FolderClass, "IPF.Note"), view);
        List<String> names = results.getFolders().stream().map(this::name).toList();
        assertTrue(names.containsAll(List.of("Inbox", "Projects", "Bridgehead", "Réunions", "2024", "2025")),
                names.toString());
        assertFalse(names.contains("Calendar"));
        assertEquals(names.size(), results.getTotalCount());
        ExtendedPropertyCollection extended = (ExtendedPropertyCollection) results.getFolders().get(0)
                .getObjectFromPropertyDefinition(ServiceObjectSchema.extendedProperties);
        OutParam<Integer> uid = new OutParam<>();
        assertTrue(extended.tryGetValue(Integer.class, nextUid, uid));
        assertEquals(1, uid.getParam());
    }

    @Test
    void createsRenamesAndDeletesAFolderAndSyncSeesEachOnce() throws Exception {
        ChangeCollection<FolderChange> initial = service.syncFolderHierarchy(PropertySet.IdOnly, null);
        assertTrue(initial.getCount() > 20);

        Folder folder = new Folder(service);
        folder.setDisplayName("Travel");
        folder.save(WellKnownFolderName.Inbox);
        String changeKey = folder.getId().getChangeKey();
        ChangeCollection<FolderChange> created = service.syncFolderHierarchy(PropertySet.FirstClassProperties,
                initial.getSyncState());
        assertEquals(1, created.getCount());
        assertEquals(ChangeType.Create, created.getChangeAtIndex(0).getChangeType());
        assertEquals(folder.getId().getUniqueId(), created.getChangeAtIndex(0).getFolderId().getUniqueId());

        folder.setDisplayName("Trips");
        folder.update();
        Folder renamed = Folder.bind(service, folder.getId());
        assertEquals("Trips", renamed.getDisplayName());
        assertNotEquals(changeKey, renamed.getId().getChangeKey());
        ChangeCollection<FolderChange> updated = service.syncFolderHierarchy(PropertySet.IdOnly,
                created.getSyncState());
        assertEquals(List.of(ChangeType.Update), List.of(updated.getChangeAtIndex(0).getChangeType()));
        assertEquals(1, updated.getCount());

        renamed.delete(DeleteMode.HardDelete);
        ChangeCollection<FolderChange> deleted = service.syncFolderHierarchy(PropertySet.IdOnly,
                updated.getSyncState());
        assertEquals(1, deleted.getCount());
        assertEquals(ChangeType.Delete, deleted.getChangeAtIndex(0).getChangeType());
        ServiceResponseException gone = assertThrows(ServiceResponseException.class,
                () -> Folder.bind(service, renamed.getId()));
        assertEquals("ErrorItemNotFound", gone.getErrorCode().name());
    }

    @Test
    void duplicateNamesAreRefused() throws Exception {
        Folder folder = new Folder(service);
        folder.setDisplayName("Newsletters");
        ServiceResponseException e = assertThrows(ServiceResponseException.class,
                () -> folder.save(WellKnownFolderName.Inbox));
        assertEquals("ErrorFolderExists", e.getErrorCode().name());
    }

    @Test
    void resolvesNamesFromTheDirectory() throws Exception {
        NameResolutionCollection one = service.resolveName("Chloé", ResolveNameSearchLocation.DirectoryOnly, true);
        assertEquals(1, one.getCount());
        assertEquals("chloe.dubois@example.com", one.nameResolutionCollection(0).getMailbox().getAddress());
        assertEquals("Product Manager", one.nameResolutionCollection(0).getContact().getJobTitle());
        NameResolutionCollection several = service.resolveName("dan", ResolveNameSearchLocation.DirectoryOnly, false);
        assertEquals(2, several.getCount());
    }

    @Test
    void convertsIdsBothWays() throws Exception {
        FolderId inbox = Folder.bind(service, WellKnownFolderName.Inbox, PropertySet.IdOnly).getId();
        AlternateId hex = (AlternateId) service.convertId(
                new AlternateId(IdFormat.EwsId, inbox.getUniqueId(), "alice@example.com"), IdFormat.HexEntryId);
        AlternateId back = (AlternateId) service.convertId(hex, IdFormat.EwsId);
        assertEquals(inbox.getUniqueId(), back.getUniqueId());
    }

    private String name(Folder folder) {
        try {
            return folder.getDisplayName();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
