package org.bridgehead.simulator.store;

import java.util.List;

/**
 * What became of a sent message.
 *
 * @param delivered local recipients whose Inbox received it
 * @param failed    local recipients that could not take it (quota)
 * @param relayed   recipients handed to the outbound relay
 */
public record DeliveryResult(List<String> delivered, List<String> failed, List<String> relayed) {

    public DeliveryResult {
        delivered = List.copyOf(delivered);
        failed = List.copyOf(failed);
        relayed = List.copyOf(relayed);
    }
}
