"""The LDAP rows: Thunderbird's address-book lookups, made with python3-ldap3 over a real socket.

Thunderbird binds once with the user's login, then for every keystroke in an address field sends
(|(cn=*x*)(mail=*x*)(givenName=*x*)(sn=*x*)) on ou=people, asking for the attributes its
autocomplete shows and at most 100 entries; "find all" in its address book window is (objectclass=*).
"""

from .gateways import PASSWORD, USER
from .imap import WorkloadFailed

BASE = "ou=people"
AUTOCOMPLETE = "(|(cn=*%s*)(mail=*%s*)(givenName=*%s*)(sn=*%s*))"
FIND_ALL = "(objectclass=*)"
ATTRIBUTES = ["cn", "mail", "givenName", "sn", "displayName", "mozillaNickname"]
MAX_HITS = 100  # Thunderbird's ldap_2.servers.*.maxHits
# Twenty colleagues of the generated directory (its given names and surnames), typed in full.
NAMES = ("bauer", "fischer", "camille", "lindqvist", "okafor", "giulia", "tanaka", "petrov", "hoffmann", "yusuf",
         "dupont", "ingrid", "kowalski", "margaux", "schneider", "valentina", "eriksen", "sebastian", "walsh", "rania")
SUCCESS_OR_LIMITED = (0, 4)  # success, sizeLimitExceeded (the entries found still come)


def _ldap3():
    try:
        import ldap3
    except ImportError:
        raise WorkloadFailed("python3-ldap3 is not installed (apt-get install python3-ldap3)")
    return ldap3


class LdapWorkloads:
    """Runs the LDAP rows against one gateway; meter() gives a fresh Meter of the simulator's EWS calls."""

    def __init__(self, gateway, meter, timeout):
        self._gateway = gateway
        self._meter = meter
        self._timeout = timeout

    def _bound(self):
        ldap3 = _ldap3()
        port = self._gateway.ports.get("ldap")
        if not port:
            raise WorkloadFailed("no LDAP listener in this build")
        server = ldap3.Server("127.0.0.1", port=port, get_info=ldap3.NONE, connect_timeout=self._timeout)
        connection = ldap3.Connection(server, user=USER, password=PASSWORD, receive_timeout=self._timeout,
                                      raise_exceptions=False)
        if not connection.bind():
            raise WorkloadFailed("LDAP bind as %s failed: %s" % (USER, connection.result.get("description")))
        return connection

    def _search(self, connection, search_filter):
        ldap3 = _ldap3()
        connection.search(BASE, search_filter, ldap3.SUBTREE, attributes=ATTRIBUTES, size_limit=MAX_HITS)
        code = connection.result.get("result")
        if code not in SUCCESS_OR_LIMITED:
            raise WorkloadFailed("search %s gave %s: %s" % (search_filter, connection.result.get("description"),
                                                            connection.result.get("message")))
        return [entry.entry_attributes_as_dict for entry in connection.entries]

    def autocomplete(self):
        """Every name typed letter by letter, one search per keystroke, on one bound connection."""
        connection = self._bound()
        meter = self._meter()
        searches, entries, found = 0, 0, 0
        try:
            meter.start()
            for name in NAMES:
                last = []
                for length in range(1, len(name) + 1):
                    typed = name[:length]
                    last = self._search(connection, AUTOCOMPLETE % (typed, typed, typed, typed))
                    searches += 1
                    entries += len(last)
                found += 1 if any(_names_contain(e, name) for e in last) else 0
            meter.stop()
        finally:
            connection.unbind()
        if found < len(NAMES):
            # A fast answer that misses people is no answer: both gateways must find everyone typed.
            raise WorkloadFailed("found %d of the %d names typed in full" % (found, len(NAMES)))
        return meter.result({"names": len(NAMES), "searches": searches, "entries": entries, "namesFound": found})

    def find_all(self):
        """The address book window's "find all": one search of everything, at most MAX_HITS entries."""
        connection = self._bound()
        meter = self._meter()
        try:
            meter.start()
            found = self._search(connection, FIND_ALL)
            meter.stop()
        finally:
            connection.unbind()
        return meter.result({"entries": len(found)})


def _names_contain(entry, typed):
    values = [str(v).lower() for key in ("cn", "givenName", "sn", "mail") for v in entry.get(key, [])]
    return any(typed in value for value in values)
