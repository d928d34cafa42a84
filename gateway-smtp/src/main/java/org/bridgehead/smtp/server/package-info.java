/** The listener and its connections: binding, threads, limits, shutdown. */
package org.bridgehead.smtp.server;
