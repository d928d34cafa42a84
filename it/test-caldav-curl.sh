# curl against `bridgehead demo`'s CalDAV/CardDAV listener, as a shell user probes a DAV server:
# OPTIONS with the DAV classes, the well-known redirect, PROPFIND of the principal (homes and
# scheduling URLs), an addressbook-query REPORT on the directory address book, a wrong password
# (401) and another user's calendar (403).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_demo
BASE="http://127.0.0.1:$CALDAV_PORT"
dav() { curl -sS -u alice@example.com:demo "$@"; }

headers=$(curl -sS -i -X OPTIONS "$BASE/users/alice@example.com/calendar/")
grep -qi '^DAV:.*calendar-access' <<<"$headers" || fail "OPTIONS: $headers"
grep -qi '^DAV:.*addressbook' <<<"$headers" || fail "OPTIONS: $headers"

code=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -X PROPFIND "$BASE/.well-known/caldav")
[[ "$code" == "301 $BASE/" ]] || fail "well-known: $code"

principal=$(dav -X PROPFIND -H 'Depth: 0' -H 'Content-Type: application/xml' \
  "$BASE/principals/users/alice@example.com/" --data-binary @- <<'XML'
<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav" xmlns:cr="urn:ietf:params:xml:ns:carddav">
  <d:prop><c:calendar-home-set/><cr:addressbook-home-set/><c:schedule-outbox-URL/><d:current-user-principal/></d:prop>
</d:propfind>
XML
)
grep -q '<C:calendar-home-set><D:href>/users/alice@example.com/</D:href>' <<<"$principal" || fail "principal: $principal"
grep -q '<C:schedule-outbox-URL><D:href>/users/alice@example.com/outbox/</D:href>' <<<"$principal" \
  || fail "principal: $principal"

gal=$(dav -X REPORT -H 'Depth: 1' -H 'Content-Type: application/xml' "$BASE/users/alice@example.com/gal/" \
  --data-binary @- <<'XML'
<cr:addressbook-query xmlns:d="DAV:" xmlns:cr="urn:ietf:params:xml:ns:carddav">
  <d:prop><d:getetag/><cr:address-data/></d:prop>
  <cr:filter><cr:prop-filter name="EMAIL"><cr:text-match match-type="equals">bob@example.com</cr:text-match>
  </cr:prop-filter></cr:filter>
</cr:addressbook-query>
XML
)
grep -q '/users/alice@example.com/gal/bob@example.com.vcf' <<<"$gal" || fail "directory search: $gal"
grep -q 'BEGIN:VCARD' <<<"$gal" || fail "directory search without vCard: $gal"

code=$(curl -sS -o /dev/null -w '%{http_code}' -u alice@example.com:wrong -X PROPFIND "$BASE/")
[[ "$code" == 401 ]] || fail "wrong password gave $code"
code=$(dav -o /dev/null -w '%{http_code}' -X PROPFIND -H 'Depth: 0' "$BASE/users/bob@example.com/calendar/")
[[ "$code" == 403 ]] || fail "bob's calendar as alice gave $code"
echo "curl: OPTIONS, well-known, principal, directory REPORT, 401 and 403"
