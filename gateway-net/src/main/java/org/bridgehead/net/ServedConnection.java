package org.bridgehead.net;

/** One accepted connection, served on its own thread by {@link #run()}. */
public interface ServedConnection extends Runnable {

    /** The server is closing: say goodbye if the protocol allows it now, then close the socket. */
    void shutdown();

    /** Close the socket at once; {@link #run()} then ends on its own. */
    void abort();
}
