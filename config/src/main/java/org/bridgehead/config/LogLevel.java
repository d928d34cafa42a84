package org.bridgehead.config;

/** Verbosity of the gateway's log, from least to most detailed. */
public enum LogLevel {
    ERROR, WARN, INFO, DEBUG, TRACE
}
