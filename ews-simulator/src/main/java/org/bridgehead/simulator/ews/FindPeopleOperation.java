package org.bridgehead.simulator.ews;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.FolderKind;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.Person;
import org.bridgehead.simulator.store.SimulatorStore;
import org.w3c.dom.Element;

/**
 * FindPeople (Exchange 2013): personas of the Global Address List (ParentFolderId
 * DistinguishedFolderId "directory") matching the QueryString as name resolution matches, or of
 * one of the caller's contact folders. The directory cannot be browsed, so a directory search
 * without a QueryString is refused. The body element is the FindPeopleResponse message itself, not
 * a ResponseMessages list (messages.xsd); IndexedPageItemView pages the matches, and
 * TotalNumberOfPeopleInView counts them all. Personas of contact items are not built yet: a
 * contact folder is accepted and yields none (ResolveNames does find contacts).
 */
public final class FindPeopleOperation implements EwsOperation {
    private static final String DIRECTORY = "directory";
    private static final List<String> BASE_SHAPES = List.of("IdOnly", "Default", "AllProperties");

    private final SimulatorStore store;

    public FindPeopleOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "FindPeople";
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        Element request = call.request();
        Dom.required(request, "IndexedPageItemView");
        PageView view = PageView.read(request, "IndexedPageItemView", "FractionalPageItemView");
        boolean idOnly = baseShape(request).equals("IdOnly");
        Element parent = Dom.required(request, "ParentFolderId");
        Optional<String> query = Dom.childText(request, "QueryString").map(String::trim).filter(q -> !q.isEmpty());
        out.start("m:FindPeopleResponse").attr("xmlns:m", EwsNamespaces.MESSAGES).attr("xmlns:t", EwsNamespaces.TYPES);
        try {
            List<Person> found = people(call, parent, query);
            PageView.Page<Person> page = view.apply(found);
            out.attr("ResponseClass", "Success").element("m:ResponseCode", "NoError").start("m:People");
            int rank = 0;
            for (Person person : page.entries()) {
                writePersona(out, person, idOnly, page.total() - rank++);
            }
            out.end()
                    .element("m:TotalNumberOfPeopleInView", page.total())
                    .element("m:FirstMatchingRowIndex", 0)
                    .element("m:FirstLoadedRowIndex", Math.max(0, page.nextOffset() - page.entries().size()));
        } catch (EwsError e) {
            out.attr("ResponseClass", "Error")
                    .element("m:MessageText", e.getMessage())
                    .element("m:ResponseCode", e.responseCode())
                    .element("m:DescriptiveLinkKey", 0);
        }
        out.end();
    }

    private List<Person> people(EwsCall call, Element parent, Optional<String> query) throws EwsError {
        List<Element> ids = FolderLocator.idElements(parent);
        if (ids.size() != 1) {
            throw EwsError.invalidRequest("ParentFolderId must hold one folder id.");
        }
        Element id = ids.get(0);
        if (id.getLocalName().equals("DistinguishedFolderId") && DIRECTORY.equals(id.getAttribute("Id"))) {
            if (query.isEmpty()) {
                throw EwsError.invalidRequest("The directory cannot be browsed; search it with a QueryString.");
            }
            return store.directory().resolve(query.get());
        }
        FolderState folder = new FolderLocator(store, call.account()).locate(id);
        if (folder.kind() != FolderKind.CONTACTS) {
            throw EwsError.invalidRequest("FindPeople searches a contacts folder or the directory.");
        }
        return List.of();
    }

    private static String baseShape(Element request) throws SoapFaultException {
        Optional<Element> shape = Dom.child(request, "PersonaShape");
        if (shape.isEmpty()) {
            return "Default";
        }
        String base = Dom.required(shape.get(), "BaseShape").getTextContent().trim();
        if (!BASE_SHAPES.contains(base)) {
            throw Dom.schemaViolation("unknown BaseShape " + base);
        }
        return base;
    }

    /** Persona elements in PersonaType's schema order; a directory entry's persona is built from it alone. */
    private static void writePersona(XmlWriter out, Person p, boolean idOnly, int relevance) {
        out.start("t:Persona");
        out.start("t:PersonaId").attr("Id", personaId(p)).end();
        if (!idOnly) {
            String firstLast = join(p.givenName(), " ", p.surname(), p.displayName());
            String lastFirst = join(p.surname(), ", ", p.givenName(), p.displayName());
            out.element("t:PersonaType", "Person")
                    .element("t:DisplayName", p.displayName())
                    .element("t:DisplayNameFirstLast", firstLast)
                    .element("t:DisplayNameLastFirst", lastFirst)
                    .element("t:FileAs", lastFirst)
                    .optional("t:GivenName", p.givenName())
                    .optional("t:Surname", p.surname())
                    .optional("t:Title", p.jobTitle())
                    .optional("t:Department", p.department())
                    .optional("t:CompanyName", p.company())
                    .optional("t:Location", p.office());
            out.start("t:EmailAddress")
                    .element("t:Name", p.displayName())
                    .element("t:EmailAddress", p.address())
                    .element("t:RoutingType", "SMTP")
                    .element("t:MailboxType", "Mailbox")
                    .end();
            out.optional("t:WorkCity", p.city())
                    .element("t:RelevanceScore", relevance);
        }
        out.end();
    }

    private static String join(String first, String separator, String second, String fallback) {
        return first != null && second != null ? first + separator + second : fallback;
    }

    /** A stable opaque id per directory entry, as Exchange's base64 persona ids look. */
    static String personaId(Person person) {
        return Base64.getEncoder().encodeToString(("AAUQAAAAAAAAAAAA" + person.address())
                .getBytes(StandardCharsets.UTF_8));
    }
}
