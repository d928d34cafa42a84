package org.bridgehead.ldap.directory;

import java.util.List;
import java.util.function.Predicate;
import org.apache.directory.api.ldap.model.filter.AndNode;
import org.apache.directory.api.ldap.model.filter.ApproximateNode;
import org.apache.directory.api.ldap.model.filter.EqualityNode;
import org.apache.directory.api.ldap.model.filter.ExprNode;
import org.apache.directory.api.ldap.model.filter.GreaterEqNode;
import org.apache.directory.api.ldap.model.filter.LeafNode;
import org.apache.directory.api.ldap.model.filter.LessEqNode;
import org.apache.directory.api.ldap.model.filter.NotNode;
import org.apache.directory.api.ldap.model.filter.OrNode;
import org.apache.directory.api.ldap.model.filter.PresenceNode;
import org.apache.directory.api.ldap.model.filter.SimpleNode;
import org.apache.directory.api.ldap.model.filter.SubstringNode;
import org.bridgehead.exchange.directory.PersonMatcher;

/**
 * Evaluates a search filter against an entry with RFC 4511's three-valued logic: an attribute the
 * server does not know makes its assertion Undefined, so it matches nothing (and NOT of it matches
 * nothing either). Strings compare ignoring case and accents, as the backend's search does.
 */
public final class FilterMatcher {

    /** TRUE, FALSE or UNDEFINED (RFC 4511 4.5.1.7). */
    private enum Truth {
        TRUE, FALSE, UNDEFINED;

        static Truth of(boolean value) {
            return value ? TRUE : FALSE;
        }
    }

    private FilterMatcher() {
    }

    public static boolean matches(ExprNode filter, LdapEntry entry) {
        return evaluate(filter, entry) == Truth.TRUE;
    }

    private static Truth evaluate(ExprNode node, LdapEntry entry) {
        if (node instanceof AndNode and) {
            Truth result = Truth.TRUE;
            for (ExprNode child : and.getChildren()) {
                Truth t = evaluate(child, entry);
                if (t == Truth.FALSE) {
                    return Truth.FALSE;
                }
                if (t == Truth.UNDEFINED) {
                    result = Truth.UNDEFINED;
                }
            }
            return result;
        }
        if (node instanceof OrNode or) {
            Truth result = Truth.FALSE;
            for (ExprNode child : or.getChildren()) {
                Truth t = evaluate(child, entry);
                if (t == Truth.TRUE) {
                    return Truth.TRUE;
                }
                if (t == Truth.UNDEFINED) {
                    result = Truth.UNDEFINED;
                }
            }
            return result;
        }
        if (node instanceof NotNode not) {
            Truth t = evaluate(not.getFirstChild(), entry);
            return t == Truth.UNDEFINED ? t : Truth.of(t == Truth.FALSE);
        }
        if (node instanceof LeafNode leaf) {
            return leaf(leaf, entry);
        }
        return Truth.UNDEFINED;
    }

    private static Truth leaf(LeafNode leaf, LdapEntry entry) {
        String attribute = LdapSchema.canonical(leaf.getAttribute()).orElse(leaf.getAttribute());
        List<Object> values = entry.values(attribute);
        boolean known = !values.isEmpty() || LdapSchema.canonical(leaf.getAttribute()).isPresent();
        if (leaf instanceof PresenceNode) {
            return Truth.of(!values.isEmpty());
        }
        if (!known) {
            return Truth.UNDEFINED;
        }
        if (leaf instanceof SubstringNode substring) {
            return any(values, v -> substringMatches(substring, v));
        }
        if (leaf instanceof SimpleNode<?> simple) {
            String asserted = simple.getValue() == null ? "" : fold(simple.getValue().getString());
            if (leaf instanceof EqualityNode<?>) {
                return any(values, v -> v.equals(asserted));
            }
            if (leaf instanceof ApproximateNode<?>) {
                return any(values, v -> v.contains(asserted));
            }
            if (leaf instanceof GreaterEqNode<?>) {
                return any(values, v -> v.compareTo(asserted) >= 0);
            }
            if (leaf instanceof LessEqNode<?>) {
                return any(values, v -> v.compareTo(asserted) <= 0);
            }
        }
        return Truth.UNDEFINED;
    }

    private static Truth any(List<Object> values, Predicate<String> test) {
        return Truth.of(values.stream().filter(v -> v instanceof String).map(v -> fold((String) v)).anyMatch(test));
    }

    private static boolean substringMatches(SubstringNode node, String value) {
        int at = 0;
        if (node.getInitial() != null) {
            String initial = fold(node.getInitial());
            if (!value.startsWith(initial)) {
                return false;
            }
            at = initial.length();
        }
        if (node.getAny() != null) {
            for (String any : node.getAny()) {
                int found = value.indexOf(fold(any), at);
                if (found < 0) {
                    return false;
                }
                at = found + fold(any).length();
            }
        }
        if (node.getFinal() != null) {
            String end = fold(node.getFinal());
            return value.length() - end.length() >= at && value.endsWith(end);
        }
        return true;
    }

    private static String fold(String text) {
        return PersonMatcher.fold(text);
    }
}
