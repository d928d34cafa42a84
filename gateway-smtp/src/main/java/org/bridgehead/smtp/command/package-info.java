/** One handler per SMTP command, unaware of the backend behind {@link org.bridgehead.smtp.submit.MessageSubmitter}. */
package org.bridgehead.smtp.command;
