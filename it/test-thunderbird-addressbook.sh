# Thunderbird's address autocompletion finds colleagues in the gateway's LDAP directory, set up as
# the README says (base ou=people, bind DN = the login, password from the password manager).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/thunderbird/lib.sh"

start_demo
start_thunderbird alice@example.com "Alice Archer"
thunderbird_python - "$MARIONETTE_PORT" <<'PY'
import sys
import thunderbird

tb = thunderbird.connect(int(sys.argv[1]), "alice@example.com", "demo")
for typed in ("j", "jü", "jürgen"):
    offered = thunderbird.timed("autocomplete '%s'" % typed, tb.autocomplete, typed)
    assert "Jürgen Müller <juergen.mueller@example.com>" in offered, (typed, offered)
offered = tb.autocomplete("olivier.moreau@")
assert offered == ["Olivier Moreau <olivier.moreau@example.com>"], offered
offered = tb.autocomplete("bob")
assert "Bob Baker <bob@example.com>" in offered, offered
assert tb.autocomplete("zzzz-nobody") == [], "a match for a name nobody has"
tb.quit()
print("thunderbird: LDAP autocompletion finds colleagues by name, umlaut and address")
PY
