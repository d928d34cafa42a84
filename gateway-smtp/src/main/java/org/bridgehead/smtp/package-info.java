/** SMTP submission server that sends through the Exchange backend API. */
package org.bridgehead.smtp;
