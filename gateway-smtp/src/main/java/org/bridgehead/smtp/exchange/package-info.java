/** Submission through Exchange: the {@link org.bridgehead.smtp.submit.MessageSubmitter} of the gateway. */
package org.bridgehead.smtp.exchange;
