package org.bridgehead.simulator.ews;

import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.FolderOperationException;
import org.bridgehead.simulator.store.FolderState;

/**
 * The response message CreateFolder, UpdateFolder and MoveFolder give each folder: its new id and
 * change key, or the error that stopped that one folder while the others go on.
 */
final class FolderIdResponse {

    /** One folder's change, applied to the store; returns the folder as it now is. */
    @FunctionalInterface
    interface FolderChange {
        FolderState apply() throws EwsError, FolderOperationException;
    }

    private FolderIdResponse() {
    }

    static void write(ResponseMessages messages, FolderWriter writer, XmlWriter out, FolderChange change) {
        try {
            FolderState changed = change.apply();
            messages.success().start("m:Folders");
            writer.writeIdOnly(out, changed);
            out.end();
            messages.end();
        } catch (EwsError e) {
            messages.error(e);
        } catch (FolderOperationException e) {
            messages.error(EwsError.of(e));
        }
    }
}
