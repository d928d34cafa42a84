# Python's ldap3 (Debian python3-ldap3) against `bridgehead demo`'s LDAP directory, as address
# book scripts use it: the schema it reads on bind, a search by address with every attribute, a
# colleague's and a personal contact's picture, a paged generator over the directory and an
# invalidCredentials bind.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_demo
/usr/bin/python3 - "$LDAP_PORT" <<'PY'
import sys
from ldap3 import ALL, SUBTREE, Connection, Server
from ldap3.core.exceptions import LDAPInvalidCredentialsResult

port = int(sys.argv[1])
server = Server("127.0.0.1", port=port, get_info=ALL)
ldap = Connection(server, user="alice@example.com", password="demo", auto_bind=True, raise_exceptions=True)
assert "ou=people" in server.info.naming_contexts, server.info.naming_contexts
assert "inetOrgPerson" in server.schema.object_classes, "schema without inetOrgPerson"

ldap.search("ou=people", "(mail=juergen.mueller@example.com)", SUBTREE, attributes=["*", "jpegPhoto"])
assert len(ldap.entries) == 1, ldap.entries
juergen = ldap.entries[0]
assert juergen.cn.value == "Jürgen Müller", juergen.cn
assert juergen.title.value == "Head of Finance", juergen.title
assert juergen.manager.value == "cn=Olivier Moreau,ou=people", juergen.manager

ldap.search("ou=people", "(mail=alice@example.com)", SUBTREE, attributes=["jpegPhoto"])
photo = ldap.entries[0].jpegPhoto.value
assert photo[:2] == b"\xff\xd8", photo[:4]

# a personal contact's picture (its IsContactPhoto attachment), only when asked for
ldap.search("ou=people", "(mail=wendy.kraus@proseware.example)", SUBTREE, attributes=["cn", "o"])
assert len(ldap.entries) == 1 and "jpegPhoto" not in ldap.entries[0].entry_attributes, ldap.entries
assert ldap.entries[0].o.value == "Proseware", ldap.entries[0]
ldap.search("ou=people", "(mail=wendy.kraus@proseware.example)", SUBTREE, attributes=["jpegPhoto"])
contact_photo = ldap.entries[0].jpegPhoto.value
assert contact_photo[:2] == b"\xff\xd8" and contact_photo != photo, contact_photo[:4]

pages = ldap.extend.standard.paged_search("ou=people", "(objectClass=person)", SUBTREE, attributes=["mail"],
                                          paged_size=25, generator=True)
dns = [entry["dn"] for entry in pages if entry["type"] == "searchResEntry"]
assert len(dns) >= 200 and len(set(dns)) == len(dns), (len(dns), len(set(dns)))

try:
    Connection(server, user="alice@example.com", password="wrong", auto_bind=True, raise_exceptions=True)
    raise AssertionError("a wrong password was accepted")
except LDAPInvalidCredentialsResult:
    pass
print("python3-ldap3: schema, attributes, photos of a colleague and a contact, %d entries paged, invalidCredentials" % len(dns))
PY
