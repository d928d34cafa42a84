package org.bridgehead.imap.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgehead.imap.protocol.mime.BaseSubject;

/**
 * THREAD=REFERENCES (RFC 5256 4): messages linked by Message-ID, References and In-Reply-To,
 * missing ancestors kept as dummies where they join several replies, top-level threads of the same
 * base subject gathered, every set of siblings in sent-date order.
 */
final class ReferencesThreader {

    private final Map<String, ThreadNode> byId = new HashMap<>();

    private ReferencesThreader() {
    }

    /** The threads of the messages (given in mailbox order). */
    static List<ThreadNode> thread(List<SortableMessage> messages) {
        ReferencesThreader threader = new ReferencesThreader();
        List<ThreadNode> all = new ArrayList<>();
        for (SortableMessage message : messages) {
            all.add(threader.link(message));
        }
        ThreadNode root = new ThreadNode(null);
        for (ThreadNode node : threader.byId.values()) {
            if (node.parent == null) {
                root.add(node);
            }
        }
        // Keep the result independent of hash order: containers in the order the messages came.
        root.children.sort(ThreadNode.BY_SENT_DATE);
        prune(root, true);
        root.children.sort(ThreadNode.BY_SENT_DATE);
        gatherBySubject(root);
        root.sortDescendants();
        for (ThreadNode thread : root.children) {
            thread.parent = null;
        }
        return List.copyOf(root.children);
    }

    /** Steps 1A to 1C: the message's container, linked under its references. */
    private ThreadNode link(SortableMessage message) {
        String id = message.fields().messageId().orElse(null);
        ThreadNode node = id == null ? null : byId.get(id);
        if (node == null || !node.dummy()) {
            // No id, or one seen before: a message of its own (RFC 5256 step 1A).
            id = id != null && node == null ? id : "\0" + message.ref().uid();
            node = new ThreadNode(message);
            byId.put(id, node);
        } else {
            node.message = message;
        }
        ThreadNode previous = null;
        for (String reference : message.fields().references()) {
            ThreadNode container = byId.computeIfAbsent(reference, r -> new ThreadNode(null));
            if (previous != null && container.parent == null && !reachable(container, previous)) {
                previous.add(container);
            }
            previous = container;
        }
        if (node.parent != null) {
            node.parent.children.remove(node);
            node.parent = null;
        }
        if (previous != null && previous != node && !reachable(node, previous)) {
            previous.add(node);
        }
        return node;
    }

    /** Whether {@code target} is {@code from} or below it: linking target above from would loop. */
    private static boolean reachable(ThreadNode from, ThreadNode target) {
        for (ThreadNode node = target; node != null; node = node.parent) {
            if (node == from) {
                return true;
            }
        }
        return false;
    }

    /** Step 4: dummies without children go, dummies with children give way to them (not at the top, unless one). */
    private static void prune(ThreadNode parent, boolean isRoot) {
        List<ThreadNode> kept = new ArrayList<>();
        for (ThreadNode child : parent.children) {
            prune(child, false);
            if (child.dummy() && child.children.isEmpty()) {
                continue;
            }
            if (child.dummy() && (!isRoot || child.children.size() == 1)) {
                for (ThreadNode grandchild : child.children) {
                    grandchild.parent = parent;
                    kept.add(grandchild);
                }
                continue;
            }
            kept.add(child);
        }
        parent.children.clear();
        parent.children.addAll(kept);
    }

    /** Step 6: top-level threads with the same base subject become one. */
    private static void gatherBySubject(ThreadNode root) {
        Map<String, ThreadNode> subjects = new HashMap<>();
        for (ThreadNode thread : root.children) {
            String subject = subjectOf(thread);
            if (subject.isEmpty()) {
                continue;
            }
            ThreadNode known = subjects.get(subject);
            if (known == null || !known.dummy() && (thread.dummy() || isReply(known) && !isReply(thread))) {
                subjects.put(subject, thread);
            }
        }
        List<ThreadNode> merged = new ArrayList<>();
        Map<ThreadNode, ThreadNode> replaced = new HashMap<>();
        for (ThreadNode thread : root.children) {
            String subject = subjectOf(thread);
            ThreadNode known = subject.isEmpty() ? null : subjects.get(subject);
            if (known == null || known == thread || replaced.containsKey(thread)) {
                // A thread of its own, or the one a new dummy took the place of.
                merged.add(thread);
                continue;
            }
            if (known.dummy() && thread.dummy()) {
                thread.children.forEach(known::add);
            } else if (known.dummy() || isReply(thread) && !isReply(known)) {
                known.add(thread);
            } else {
                ThreadNode dummy = new ThreadNode(null);
                replaced.put(known, dummy);
                dummy.add(known);
                dummy.add(thread);
                subjects.put(subject, dummy);
            }
        }
        root.children.clear();
        for (ThreadNode thread : merged) {
            ThreadNode now = replaced.getOrDefault(thread, thread);
            now.parent = root;
            root.children.add(now);
        }
    }

    private static String subjectOf(ThreadNode thread) {
        SortableMessage message = thread.representative();
        return message == null ? "" : message.fields().subject().text();
    }

    private static boolean isReply(ThreadNode node) {
        BaseSubject subject = node.message == null ? null : node.message.fields().subject();
        return subject != null && subject.replyOrForward();
    }
}
