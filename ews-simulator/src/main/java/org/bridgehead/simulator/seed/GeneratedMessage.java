package org.bridgehead.simulator.seed;

import java.time.Instant;
import org.bridgehead.simulator.store.FlagStatus;

/**
 * A message made by {@link MailGenerator}, with the state it is stored in.
 *
 * @param mime     the message
 * @param received when it arrived
 * @param read     whether it has been read
 * @param flag     its follow-up flag
 */
public record GeneratedMessage(byte[] mime, Instant received, boolean read, FlagStatus flag) {
}
