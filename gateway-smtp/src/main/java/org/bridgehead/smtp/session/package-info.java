/** The state of one SMTP conversation. */
package org.bridgehead.smtp.session;
