package org.bridgehead.simulator;

import java.util.List;

import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;

/** Operations that exercise the SOAP layer without the real folder store. */
final class StubOperations {

    private StubOperations() {
    }

    static List<EwsOperation> all() {
        return List.of(new GetFolder(), new Throwing(), new Faulting(), new Large());
    }

    /** Answers every GetFolder with an Inbox named after the caller and the version they asked for. */
    static final class GetFolder implements EwsOperation {
        @Override
        public String name() {
            return "GetFolder";
        }

        @Override
        public void execute(EwsCall call, XmlWriter out) {
            out.start("m:GetFolderResponse").attr("xmlns:m", EwsNamespaces.MESSAGES).attr("xmlns:t", EwsNamespaces.TYPES)
                    .start("m:ResponseMessages")
                    .start("m:GetFolderResponseMessage").attr("ResponseClass", "Success")
                    .element("m:ResponseCode", "NoError")
                    .start("m:Folders")
                    .start("t:Folder")
                    .start("t:FolderId").attr("Id", "AAMkAGZvbGRlcg==").attr("ChangeKey", "AQAAAA==").end()
                    .element("t:DisplayName", "Inbox of " + call.account().displayName() + " (" + call.requestVersion() + ")")
                    .element("t:TotalCount", 0)
                    .element("t:ChildFolderCount", 0)
                    .element("t:UnreadCount", 0)
                    .end()
                    .end()
                    .end()
                    .end()
                    .end();
        }
    }

    /** Fails like a bug would, after writing part of its answer. */
    static final class Throwing implements EwsOperation {
        @Override
        public String name() {
            return "DeleteFolder";
        }

        @Override
        public void execute(EwsCall call, XmlWriter out) {
            out.start("m:DeleteFolderResponse").attr("xmlns:m", EwsNamespaces.MESSAGES);
            throw new IllegalStateException("simulated bug");
        }
    }

    /** Rejects the whole request the way operations report malformed requests. */
    static final class Faulting implements EwsOperation {
        @Override
        public String name() {
            return "EmptyFolder";
        }

        @Override
        public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
            throw new SoapFaultException("a:ErrorSchemaValidation", "ErrorSchemaValidation",
                    "The request failed schema validation.");
        }
    }

    /** Writes an answer much larger than the server's response buffer, so it must be streamed. */
    static final class Large implements EwsOperation {
        static final int CHUNKS = 3000;
        static final String CHUNK = "x".repeat(1000);

        @Override
        public String name() {
            return "GetItem";
        }

        @Override
        public void execute(EwsCall call, XmlWriter out) {
            out.start("m:GetItemResponse").attr("xmlns:m", EwsNamespaces.MESSAGES).attr("xmlns:t", EwsNamespaces.TYPES);
            for (int i = 0; i < CHUNKS; i++) {
                out.element("t:MimeContent", CHUNK);
            }
            out.end();
        }
    }
}
