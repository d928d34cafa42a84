package org.bridgehead.simulator.ews;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.ExtendedPropertyKey;
import org.bridgehead.simulator.store.FolderKind;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.Mailbox;

/** Writes folders (t:Folder, t:CalendarFolder ...) of one mailbox in a requested shape, in schema order. */
final class FolderWriter {
    private static final Set<String> DEFAULT_FIELDS = Set.of(
            "folder:folderid", "folder:displayname", "folder:totalcount", "folder:childfoldercount",
            "folder:unreadcount");
    private static final Set<String> ALL_FIELDS = Set.of(
            "folder:folderid", "folder:parentfolderid", "folder:folderclass", "folder:displayname",
            "folder:totalcount", "folder:childfoldercount", "folder:effectiverights", "folder:unreadcount");

    private final Mailbox mailbox;
    private final boolean exchange2013OrLater;

    FolderWriter(Mailbox mailbox, String requestVersion) {
        this.mailbox = mailbox;
        this.exchange2013OrLater = requestVersion != null && !requestVersion.startsWith("Exchange2007")
                && !requestVersion.startsWith("Exchange2010");
    }

    private static String elementName(FolderKind kind) {
        return switch (kind) {
            case MAIL -> "t:Folder";
            case CALENDAR -> "t:CalendarFolder";
            case CONTACTS -> "t:ContactsFolder";
            case TASKS -> "t:TasksFolder";
            case SEARCH -> "t:SearchFolder";
        };
    }

    /** Writes {@code <t:FolderId Id=".." ChangeKey=".."/>}. */
    void writeId(XmlWriter out, FolderState folder) {
        out.start("t:FolderId")
                .attr("Id", EwsIds.folderId(mailbox.address(), mailbox.guid(), folder.number()))
                .attr("ChangeKey", EwsIds.changeKey(mailbox.guid(), folder.changeNumber()))
                .end();
    }

    void write(XmlWriter out, FolderState folder, FolderShape shape) {
        Set<String> fields = new HashSet<>(switch (shape.baseShape()) {
            case ID_ONLY -> Set.of("folder:folderid");
            case DEFAULT -> DEFAULT_FIELDS;
            case ALL_PROPERTIES -> ALL_FIELDS;
        });
        for (PropertyPath path : shape.additional()) {
            if (path instanceof PropertyPath.Field field) {
                fields.add(field.uri().toLowerCase(Locale.ROOT));
            }
        }
        out.start(elementName(folder.kind()));
        if (fields.contains("folder:folderid")) {
            writeId(out, folder);
        }
        if (fields.contains("folder:parentfolderid") && folder.parentNumber() != 0) {
            out.start("t:ParentFolderId")
                    .attr("Id", EwsIds.folderId(mailbox.address(), mailbox.guid(), folder.parentNumber()))
                    .attr("ChangeKey", parentChangeKey(folder))
                    .end();
        }
        if (fields.contains("folder:folderclass") && folder.folderClass() != null) {
            out.element("t:FolderClass", folder.folderClass());
        }
        if (fields.contains("folder:displayname")) {
            out.element("t:DisplayName", folder.displayName());
        }
        if (fields.contains("folder:totalcount")) {
            out.element("t:TotalCount", folder.totalCount());
        }
        if (fields.contains("folder:childfoldercount")) {
            out.element("t:ChildFolderCount", folder.childFolderCount());
        }
        writeExtendedProperties(out, folder, shape.additional());
        if (fields.contains("folder:effectiverights")) {
            writeEffectiveRights(out);
        }
        if (fields.contains("folder:distinguishedfolderid") && exchange2013OrLater && folder.distinguished() != null
                && folder.distinguished().id() != null) {
            out.element("t:DistinguishedFolderId", folder.distinguished().id());
        }
        if (fields.contains("folder:unreadcount") && FolderProperties.hasUnreadCount(folder.kind())) {
            out.element("t:UnreadCount", folder.unreadCount());
        }
        out.end();
    }

    /** Writes a folder as a bare id, as CreateFolder, UpdateFolder and MoveFolder answer. */
    void writeIdOnly(XmlWriter out, FolderState folder) {
        write(out, folder, FolderShape.ID_ONLY);
    }

    private String parentChangeKey(FolderState folder) {
        Optional<FolderState> parent = mailbox.folder(folder.parentNumber());
        return EwsIds.changeKey(mailbox.guid(), parent.map(FolderState::changeNumber).orElse(0L));
    }

    private void writeExtendedProperties(XmlWriter out, FolderState folder, List<PropertyPath> requested) {
        for (PropertyPath path : requested) {
            if (!(path instanceof PropertyPath.Extended extended)) {
                continue;
            }
            ExtendedPropertyKey key = extended.key();
            Optional<Object> value = FolderProperties.extended(folder, key);
            if (value.isEmpty()) {
                continue; // Exchange omits properties that are not set
            }
            out.start("t:ExtendedProperty");
            writeExtendedFieldUri(out, key);
            if (value.get() instanceof List<?> values) {
                out.start("t:Values");
                values.forEach(v -> out.element("t:Value", FolderProperties.text(v)));
                out.end();
            } else {
                out.element("t:Value", FolderProperties.text(value.get()));
            }
            out.end();
        }
    }

    static void writeExtendedFieldUri(XmlWriter out, ExtendedPropertyKey key) {
        out.start("t:ExtendedFieldURI");
        if (key.distinguishedSet() != null) {
            out.attr("DistinguishedPropertySetId", key.distinguishedSet());
        }
        if (key.propertySetId() != null) {
            out.attr("PropertySetId", key.propertySetId());
        }
        if (key.propertyTag() != null) {
            out.attr("PropertyTag", PropertyPaths.formatTag(key.propertyTag()));
        }
        if (key.propertyName() != null) {
            out.attr("PropertyName", key.propertyName());
        }
        if (key.propertyId() != null) {
            out.attr("PropertyId", key.propertyId());
        }
        out.attr("PropertyType", key.propertyType()).end();
    }

    private static void writeEffectiveRights(XmlWriter out) {
        out.start("t:EffectiveRights");
        for (String right : List.of("CreateAssociated", "CreateContents", "CreateHierarchy", "Delete", "Modify",
                "Read", "ViewPrivateItems")) {
            out.element("t:" + right, true);
        }
        out.end();
    }
}
