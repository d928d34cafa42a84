/** Pure helpers over a received message: Bcc recipients and headers, Message-ID, duplicate sends. */
package org.bridgehead.smtp.envelope;
