/** LDAP server over the Exchange directory (Global Address List and contacts). */
package org.bridgehead.ldap;
