package org.bridgehead.simulator.ews;

import java.util.List;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.store.SimulatorStore;

/** The EWS operations the simulator answers, over one store. */
public final class EwsOperations {
    private EwsOperations() {
    }

    public static List<EwsOperation> all(SimulatorStore store) {
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
                new CreateItemOperation(store),
                new GetItemOperation(store),
                new FindItemOperation(store),
                new UpdateItemOperation(store),
                new DeleteItemOperation(store),
                new MoveItemOperation(store),
                new CopyItemOperation(store),
                new SendItemOperation(store),
                new SyncFolderItemsOperation(store),
                new GetAttachmentOperation(store));
    }
}
