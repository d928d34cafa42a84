package org.bridgehead.imap.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One place in a THREAD answer (RFC 5256 4): a message, or a dummy standing for a message that is
 * referenced but missing, with its children in order.
 */
final class ThreadNode {

    /** Null for a dummy. */
    SortableMessage message;
    ThreadNode parent;
    final List<ThreadNode> children = new ArrayList<>();

    ThreadNode(SortableMessage message) {
        this.message = message;
    }

    boolean dummy() {
        return message == null;
    }

    void add(ThreadNode child) {
        child.parent = this;
        children.add(child);
    }

    /** The message a sibling order looks at: a dummy's first child stands for it. */
    SortableMessage representative() {
        ThreadNode node = this;
        while (node.message == null && !node.children.isEmpty()) {
            node = node.children.get(0);
        }
        return node.message;
    }

    /** Orders siblings by sent date, then mailbox order (RFC 5256 step 7). */
    static final Comparator<ThreadNode> BY_SENT_DATE = Comparator.comparing(ThreadNode::representative,
            SortableMessage.BY_SENT_DATE);

    /** Sorts every set of siblings below this node, the deepest first. */
    void sortDescendants() {
        for (ThreadNode child : children) {
            child.sortDescendants();
        }
        children.sort(BY_SENT_DATE);
    }

    /**
     * The thread as the response writes it: {@code (1 2 3)} for a chain, {@code (1 (2)(3 4))} where
     * a message has several children.
     */
    static String write(List<ThreadNode> roots, boolean byUid) {
        StringBuilder out = new StringBuilder();
        for (ThreadNode root : roots) {
            out.append('(');
            root.writeMembers(out, byUid);
            out.append(')');
        }
        return out.toString();
    }

    private void writeMembers(StringBuilder out, boolean byUid) {
        if (message != null) {
            out.append(message.number(byUid));
        }
        if (children.size() == 1) {
            if (message != null) {
                out.append(' ');
            }
            children.get(0).writeMembers(out, byUid);
        } else if (!children.isEmpty()) {
            if (message != null) {
                out.append(' ');
            }
            for (ThreadNode child : children) {
                out.append('(');
                child.writeMembers(out, byUid);
                out.append(')');
            }
        }
    }
}
