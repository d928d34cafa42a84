package org.bridgehead.ldap.operation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.api.ldap.model.filter.ExprNode;
import org.apache.directory.api.ldap.model.message.Control;
import org.apache.directory.api.ldap.model.message.ResultCodeEnum;
import org.apache.directory.api.ldap.model.message.SearchRequest;
import org.apache.directory.api.ldap.model.message.SearchResultDone;
import org.apache.directory.api.ldap.model.message.SearchScope;
import org.apache.directory.api.ldap.model.message.controls.PagedResults;
import org.apache.directory.api.ldap.model.message.controls.PagedResultsImpl;
import org.apache.directory.api.ldap.model.name.Dn;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.exchange.directory.DirectoryService;
import org.bridgehead.exchange.directory.PeopleSearch;
import org.bridgehead.exchange.directory.PersonField;
import org.bridgehead.exchange.directory.SearchCriterion;
import org.bridgehead.exchange.directory.TextMatch;
import org.bridgehead.ldap.directory.DirectoryTree;
import org.bridgehead.ldap.directory.FilterMatcher;
import org.bridgehead.ldap.directory.FilterTranslator;
import org.bridgehead.ldap.directory.FixedEntries;
import org.bridgehead.ldap.directory.LdapEntry;
import org.bridgehead.ldap.protocol.ResultCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search: the root DSE and the schema for anyone; people below {@code ou=people} for a bound user
 * only (an anonymous search finds nobody and never reaches Exchange). The filter decides what the
 * backend is asked ({@link FilterTranslator}) and then which answers are returned
 * ({@link FilterMatcher}). Size and time limits, typesOnly, attribute lists and the paged results
 * control (RFC 2696) apply; a search of everyone returns the directory's first page, and further
 * pages through paging.
 */
final class SearchHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SearchHandler.class);

    private final SessionCache sessions;
    private final int serverSizeLimit;

    SearchHandler(SessionCache sessions, int serverSizeLimit) {
        this.sessions = sessions;
        this.serverSizeLimit = serverSizeLimit;
    }

    void search(SearchRequest request, ConnectionState state, Responder out) throws IOException {
        SearchResultDone done = (SearchResultDone) request.getResultResponse();
        Deadline deadline = new Deadline(request.getTimeLimit());
        AttributeSelection selection = AttributeSelection.of(request.getAttributes());
        String base = DirectoryTree.normalize(request.getBase() == null ? "" : request.getBase().getName());
        try {
            ResultCodeEnum code = switch (DirectoryTree.place(base)) {
                case ROOT_DSE -> fixed(request, FixedEntries.rootDse(), request.getScope() == SearchScope.OBJECT,
                        selection, out);
                case SCHEMA -> fixed(request, FixedEntries.schema(), request.getScope() == SearchScope.OBJECT,
                        selection, out);
                case PEOPLE -> request.getScope() == SearchScope.OBJECT
                        ? fixed(request, FixedEntries.people(), true, selection, out)
                        : people(request, base, state, selection, deadline, done, out);
                case PERSON -> request.getScope() == SearchScope.ONELEVEL ? ResultCodeEnum.SUCCESS
                        : people(request, base, state, selection, deadline, done, out);
                case ELSEWHERE -> {
                    done.getLdapResult().setMatchedDn(Dn.EMPTY_DN);
                    done.getLdapResult().setDiagnosticMessage("This directory holds " + DirectoryTree.PEOPLE);
                    yield ResultCodeEnum.NO_SUCH_OBJECT;
                }
            };
            done.getLdapResult().setResultCode(code);
        } catch (BackendException e) {
            LOG.info("LDAP search failed: {}", e.getMessage());
            done.getLdapResult().setResultCode(ResultCodes.of(e));
            done.getLdapResult().setDiagnosticMessage(ResultCodes.message(e));
        } catch (LdapException e) {
            LOG.warn("An LDAP entry could not be encoded: {}", e.getMessage());
            done.getLdapResult().setResultCode(ResultCodeEnum.OTHER);
            done.getLdapResult().setDiagnosticMessage("An entry could not be encoded");
        }
        out.send(done);
    }

    private static ResultCodeEnum fixed(SearchRequest request, LdapEntry entry, boolean inScope,
            AttributeSelection selection, Responder out) throws IOException, LdapException {
        if (inScope && FilterMatcher.matches(request.getFilter(), entry)) {
            out.send(EntryEncoder.encode(request.getMessageId(), entry, selection, request.getTypesOnly()));
        }
        return ResultCodeEnum.SUCCESS;
    }

    private ResultCodeEnum people(SearchRequest request, String base, ConnectionState state,
            AttributeSelection selection, Deadline deadline, SearchResultDone done, Responder out)
            throws IOException, BackendException, LdapException {
        Optional<Credentials> user = state.bound();
        if (user.isEmpty()) {
            return ResultCodeEnum.SUCCESS;
        }
        Optional<PagedResults> paging = paging(request);
        PagedCursor cursor;
        if (paging.isPresent() && paging.get().getCookie() != null && paging.get().getCookie().length > 0) {
            String cookie = new String(paging.get().getCookie(), StandardCharsets.US_ASCII);
            Optional<PagedCursor> kept = state.take(cookie);
            if (kept.isEmpty()) {
                done.getLdapResult().setDiagnosticMessage("Unknown or expired paged results cookie");
                return ResultCodeEnum.UNWILLING_TO_PERFORM;
            }
            cursor = kept.get();
            if (paging.get().getSize() == 0) {
                done.addControl(pagedResponse(new byte[0]));
                return ResultCodeEnum.SUCCESS;
            }
        } else {
            Optional<PagedCursor> fresh = newCursor(request, base);
            if (fresh.isEmpty()) {
                paging.ifPresent(p -> done.addControl(pagedResponse(new byte[0])));
                return ResultCodeEnum.SUCCESS;
            }
            cursor = fresh.get();
        }
        DirectoryService directory = sessions.acquire(user.get()).directory();
        int pageSize = paging.map(PagedResults::getSize).filter(s -> s > 0).orElse(Integer.MAX_VALUE);
        // Without paging, a search of everyone is the directory's first page: one backend call.
        List<PagedCursor.Hit> hits = cursor.next(directory, pageSize, paging.isPresent() ? Integer.MAX_VALUE : 1);
        for (PagedCursor.Hit hit : hits) {
            if (deadline.passed()) {
                return ResultCodeEnum.TIME_LIMIT_EXCEEDED;
            }
            LdapEntry entry = hit.entry();
            if (selection.wantsPhoto() && hit.person().hasPhoto()) {
                directory.photo(hit.person()).ifPresent(photo -> entry.add("jpegPhoto", (Object) photo.bytes()));
            }
            out.send(EntryEncoder.encode(request.getMessageId(), entry, selection, request.getTypesOnly()));
        }
        if (paging.isPresent()) {
            boolean more = cursor.hasMore();
            byte[] cookie = more ? state.keep(cursor).getBytes(StandardCharsets.US_ASCII) : new byte[0];
            done.addControl(pagedResponse(cookie));
            if (more) {
                return ResultCodeEnum.SUCCESS;
            }
        }
        return cursor.overSizeLimit() ? ResultCodeEnum.SIZE_LIMIT_EXCEEDED : ResultCodeEnum.SUCCESS;
    }

    /** The cursor for a new search; empty when the filter can match nobody. */
    private Optional<PagedCursor> newCursor(SearchRequest request, String base) {
        int limit = request.getSizeLimit() > 0 ? (int) Math.min(request.getSizeLimit(), serverSizeLimit)
                : serverSizeLimit;
        ExprNode filter = request.getFilter();
        boolean onePerson = DirectoryTree.place(base) == DirectoryTree.Place.PERSON;
        FilterTranslator.Query query = onePerson ? personQuery(base) : FilterTranslator.translate(filter);
        PeopleSearch search;
        if (query instanceof FilterTranslator.AnyOf anyOf) {
            search = PeopleSearch.matchingAny(anyOf.criteria(), limit + 1);
        } else if (query instanceof FilterTranslator.Everyone) {
            search = PeopleSearch.everyone(limit + 1);
        } else {
            return Optional.empty();
        }
        return Optional.of(new PagedCursor(search, filter, onePerson ? Optional.of(base) : Optional.empty(), limit));
    }

    /** A person's DN names them by uid (an address's local part, or a contact's address) or by cn. */
    private static FilterTranslator.Query personQuery(String base) {
        String name = DirectoryTree.personName(base);
        if (name.isBlank()) {
            return new FilterTranslator.Nothing();
        }
        SearchCriterion criterion = switch (DirectoryTree.personAttribute(base)) {
            case "uid" -> name.contains("@") ? SearchCriterion.emailIs(name)
                    : new SearchCriterion(PersonField.EMAIL, TextMatch.PREFIX, name + "@");
            case "mail" -> SearchCriterion.emailIs(name);
            default -> SearchCriterion.nameContains(name);
        };
        return new FilterTranslator.AnyOf(List.of(criterion));
    }

    private static Optional<PagedResults> paging(SearchRequest request) {
        Control control = request.getControl(DirectoryTree.PAGED_RESULTS_OID);
        return control instanceof PagedResults paged ? Optional.of(paged) : Optional.empty();
    }

    private static PagedResults pagedResponse(byte[] cookie) {
        PagedResultsImpl control = new PagedResultsImpl();
        control.setSize(0);
        control.setCookie(cookie);
        return control;
    }

    /** The client's time limit in seconds; 0: none. */
    private static final class Deadline {
        private final long endNanos;

        Deadline(int seconds) {
            endNanos = seconds > 0 ? System.nanoTime() + seconds * 1_000_000_000L : Long.MAX_VALUE;
        }

        boolean passed() {
            return endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos > 0;
        }
    }
}
