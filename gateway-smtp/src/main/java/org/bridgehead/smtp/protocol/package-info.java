/** SMTP wire syntax shared by the commands: lines, replies, DATA framing, MAIL and RCPT arguments. */
package org.bridgehead.smtp.protocol;
