/** Bounded storage of a message while it is received and submitted. */
package org.bridgehead.smtp.spool;
