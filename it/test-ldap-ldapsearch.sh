# OpenLDAP's ldapsearch (Debian ldap-utils) against `bridgehead demo`'s LDAP directory, as mutt's
# lbdb and shell scripts use it: bound as alice, Thunderbird's autocomplete filter, the root DSE,
# paging with -E pr=10 over the whole directory, a wrong password (49) and an anonymous search
# that finds nobody.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_demo
URI="ldap://127.0.0.1:$LDAP_PORT"
search() { ldapsearch -LLL -o ldif-wrap=no -x -H "$URI" "$@"; }

out=$(search -D alice@example.com -w demo -b ou=people \
  '(|(cn=*zoë*)(mail=*zoë*)(givenName=*zoë*)(sn=*zoë*))' cn mail title telephoneNumber)
grep -q '^dn: uid=zoe.clarke,ou=people$' <<<"$out" || fail "no Zoë in: $out"
grep -q '^mail: zoe.clarke@example.com$' <<<"$out" || fail "no address in: $out"
grep -q '^title: UX Designer$' <<<"$out" || fail "no title in: $out"
grep -q '^cn:: ' <<<"$out" || fail "cn of Zoë Clarke should be base64 (non-ASCII): $out"

root=$(search -b '' -s base '(objectClass=*)' namingContexts supportedControl)
grep -q '^namingContexts: ou=people$' <<<"$root" || fail "root DSE: $root"
grep -q '^supportedControl: 1.2.840.113556.1.4.319$' <<<"$root" || fail "root DSE: $root"

paged=$(search -D alice@example.com -w demo -b ou=people -E pr=10/noprompt '(cn=*)' mail)
count=$(grep -c '^dn: uid=' <<<"$paged" || true)
(( count >= 200 )) || fail "paging walked $count entries, expected the whole directory"
dupes=$(grep '^dn: ' <<<"$paged" | sort | uniq -d | wc -l)
(( dupes == 0 )) || fail "$dupes entries came twice while paging"

set +e
search -D alice@example.com -w wrong -b ou=people '(cn=zoe*)' >"$WORK/wrong.out" 2>&1
rc=$?
set -e
(( rc == 49 )) || fail "a wrong password gave exit $rc, not 49: $(cat "$WORK/wrong.out")"

anonymous=$(search -b ou=people '(|(cn=*a*)(mail=*a*))' mail)
[[ -z "$anonymous" ]] || fail "an anonymous search found: $anonymous"
echo "ldapsearch: autocomplete, root DSE, $count entries paged, 49 for a wrong password, anonymous sees nobody"
