package org.bridgehead.imap.command;

import java.util.ArrayList;
import java.util.List;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.FolderPath;
import org.bridgehead.exchange.mail.MailService;
import org.bridgehead.imap.protocol.MailboxName;

/** Helpers shared by CREATE and RENAME. */
final class FolderPaths {

    private FolderPaths() {
    }

    /** The name without the trailing delimiter a client may add to announce child folders (RFC 3501 6.3.3). */
    static String withoutTrailingDelimiter(String name) {
        String trimmed = name;
        while (trimmed.endsWith(String.valueOf(MailboxName.DELIMITER))) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    /** Creates the missing folders above {@code path}, which RFC 3501 6.3.3 asks the server to do. */
    static void createParents(MailService mail, FolderNames folders, String path) throws BackendException {
        List<String> segments = List.of(path.split(String.valueOf(FolderPath.SEPARATOR), -1));
        List<String> existing = new ArrayList<>();
        folders.folders().forEach(folder -> existing.add(folder.path()));
        StringBuilder parent = new StringBuilder();
        for (int i = 0; i < segments.size() - 1; i++) {
            if (i > 0) {
                parent.append(FolderPath.SEPARATOR);
            }
            parent.append(segments.get(i));
            if (!existing.contains(parent.toString())) {
                mail.createFolder(parent.toString());
            }
        }
    }
}
