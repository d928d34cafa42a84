package org.bridgehead.simulator.notify;

/** Wakes a streaming connection's thread when one of its subscriptions has new events. */
public final class Wakeup {
    private boolean signalled;

    synchronized void signal() {
        signalled = true;
        notifyAll();
    }

    /**
     * Waits until signalled or the deadline passes, and clears the signal.
     *
     * @param deadlineNanos a {@link System#nanoTime()} value
     * @return true when signalled
     */
    public synchronized boolean await(long deadlineNanos) throws InterruptedException {
        while (!signalled) {
            long waitNanos = deadlineNanos - System.nanoTime();
            if (waitNanos <= 0) {
                return false;
            }
            wait(Math.max(1, waitNanos / 1_000_000));
        }
        signalled = false;
        return true;
    }
}
