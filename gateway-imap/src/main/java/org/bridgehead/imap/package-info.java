/** IMAP4rev1 server on top of the Exchange backend API. */
package org.bridgehead.imap;
