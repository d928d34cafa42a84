/** What the SMTP server needs from a backend, and the one mapping of backend failures to replies. */
package org.bridgehead.smtp.submit;
