package org.bridgehead.simulator.store;

/** One header of a message as EWS lists it (t:InternetMessageHeader): unfolded, not decoded. */
public record MessageHeader(String name, String value) {
}
