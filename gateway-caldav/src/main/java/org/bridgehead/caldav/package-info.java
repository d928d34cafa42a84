/** CalDAV and CardDAV server over the Exchange calendar and contacts. */
package org.bridgehead.caldav;
