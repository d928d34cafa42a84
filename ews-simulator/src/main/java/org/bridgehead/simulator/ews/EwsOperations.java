package org.bridgehead.simulator.ews;

import java.util.List;
import org.bridgehead.simulator.notify.NotificationSettings;
import org.bridgehead.simulator.notify.Subscriptions;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.store.SimulatorStore;

/** The EWS operations the simulator answers, over one store. */
public final class EwsOperations {
    private EwsOperations() {
    }

    /** All operations, notifications with Exchange's timing and limits. */
    public static List<EwsOperation> all(SimulatorStore store) {
        return all(store, NotificationSettings.DEFAULT);
    }

    /** All operations; the notification ones share one set of subscriptions with these settings. */
    public static List<EwsOperation> all(SimulatorStore store, NotificationSettings notifications) {
        Subscriptions subscriptions = new Subscriptions(store, notifications);
        return List.of(
                new GetFolderOperation(store),
                new FindFolderOperation(store),
                new CreateFolderOperation(store),
                new UpdateFolderOperation(store),
                new DeleteFolderOperation(store),
                new MoveFolderOperation(store),
                new SyncFolderHierarchyOperation(store),
                new ConvertIdOperation(store),
                new ResolveNamesOperation(store),
                new FindPeopleOperation(store),
                new GetUserPhotoOperation(store),
                new CreateItemOperation(store),
                new GetItemOperation(store),
                new FindItemOperation(store),
                new UpdateItemOperation(store),
                new DeleteItemOperation(store),
                new MoveItemOperation(store),
                new CopyItemOperation(store),
                new SendItemOperation(store),
                new SyncFolderItemsOperation(store),
                new GetUserAvailabilityOperation(store),
                new GetUserConfigurationOperation(store),
                new GetAttachmentOperation(store),
                new CreateAttachmentOperation(store),
                new DeleteAttachmentOperation(store),
                new SubscribeOperation(store, subscriptions),
                new GetEventsOperation(store, subscriptions),
                new GetStreamingEventsOperation(store, subscriptions),
                new UnsubscribeOperation(subscriptions));
    }
}
