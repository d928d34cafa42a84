package org.bridgehead.simulator.ews;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bridgehead.simulator.soap.EwsCall;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.SimulatorStore;

/**
 * GetUserPhoto (Exchange 2013): a directory entry's picture, base64 in PictureData with HasChanged
 * true; ErrorItemNotFound for someone without one. The simulator keeps one picture per person
 * and returns it for every size code (Exchange returns at most the size it has stored). The REST
 * form {@code GET .../Exchange.asmx/s/GetUserPhoto?email=..&size=..} is served from {@link #photo}.
 */
public final class GetUserPhotoOperation implements EwsOperation {
    /** The size codes the reference lists. */
    public static final List<String> SIZES = List.of("HR48x48", "HR64x64", "HR96x96", "HR120x120", "HR240x240",
            "HR360x360", "HR432x432", "HR504x504", "HR648x648");

    private final SimulatorStore store;

    public GetUserPhotoOperation(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "GetUserPhoto";
    }

    /** The JPEG of the person with this address (primary or alias), if they have one. */
    public Optional<byte[]> photo(String email) {
        return store.directory().photo(email.trim());
    }

    @Override
    public void execute(EwsCall call, XmlWriter out) throws SoapFaultException {
        String email = Dom.required(call.request(), "Email").getTextContent();
        String size = Dom.required(call.request(), "SizeRequested").getTextContent().trim();
        if (!SIZES.contains(size)) {
            throw Dom.schemaViolation("unknown SizeRequested " + size);
        }
        Optional<byte[]> photo = photo(email);
        out.start("m:GetUserPhotoResponse").attr("xmlns:m", org.bridgehead.simulator.soap.EwsNamespaces.MESSAGES);
        if (photo.isEmpty()) {
            out.attr("ResponseClass", "Error")
                    .element("m:MessageText", "The specified object was not found in the store.")
                    .element("m:ResponseCode", "ErrorItemNotFound")
                    .element("m:DescriptiveLinkKey", 0);
        } else {
            out.attr("ResponseClass", "Success")
                    .element("m:ResponseCode", "NoError")
                    .element("m:HasChanged", true)
                    .element("m:PictureData", Base64.getEncoder().encodeToString(photo.get()));
        }
        out.end();
    }
}
