# curl against `bridgehead demo`'s CalDAV/CardDAV listener, as a shell user probes a DAV server:
# OPTIONS with the DAV classes, the well-known redirect, PROPFIND of the principal (homes and
# scheduling URLs), an addressbook-query REPORT on the directory address book, a wrong password
# (401) and another user's calendar (403); then the calendar: PROPFIND of DavMail's collection
# URLs (also against DavMail 6 on the same simulator: the same URLs are the same kind of
# collection on both), PUT, a calendar-query REPORT by time range, sync-collection before and
# after a change, and a PUT with a stale ETag refused with 412.
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

# DavMail's collection URLs: a calendar, a task list and an address book, on both gateways.
davmail=$(free_port)
start_davmail "$(free_port)" "" "$davmail"
for base in "$BASE" "http://127.0.0.1:$davmail"; do
  for collection in calendar:'<C:calendar' tasks:'<C:calendar' contacts:'addressbook'; do
    kind=$(dav -X PROPFIND -H 'Depth: 0' -H 'Content-Type: application/xml' \
      "$base/users/alice@example.com/${collection%%:*}/" \
      --data '<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>')
    grep -q "${collection#*:}" <<<"$kind" || fail "$base: /users/alice@example.com/${collection%%:*}/ is not one: $kind"
  done
done

CAL="$BASE/users/alice@example.com/calendar"
token=$(dav -X REPORT -H 'Depth: 1' -H 'Content-Type: application/xml' "$CAL/" --data \
  '<d:sync-collection xmlns:d="DAV:"><d:sync-token/><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>' \
  | grep -oE '<D:sync-token>[^<]+' | sed 's/<D:sync-token>//')
[[ -n "$token" ]] || fail "no sync-token from the initial sync-collection"
etag=$(dav -sS -D - -o /dev/null -X PUT -H 'Content-Type: text/calendar; charset=utf-8' -H 'If-None-Match: *' \
  "$CAL/curl-review.ics" --data-binary @- <<'ICS' | grep -i '^etag:' | tr -d '\r' | cut -d' ' -f2-
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bridgehead it//curl//EN
BEGIN:VEVENT
UID:curl-review
DTSTAMP:20261201T000000Z
DTSTART:20261215T130000Z
DTEND:20261215T140000Z
SUMMARY:Review made with curl
END:VEVENT
END:VCALENDAR
ICS
)
[[ "$etag" == \"*\" ]] || fail "PUT gave no strong ETag: '$etag'"
found=$(dav -X REPORT -H 'Depth: 1' -H 'Content-Type: application/xml' "$CAL/" --data-binary @- <<'XML'
<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
  <d:prop><d:getetag/><c:calendar-data/></d:prop>
  <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
    <c:time-range start="20261215T000000Z" end="20261216T000000Z"/></c:comp-filter></c:comp-filter></c:filter>
</c:calendar-query>
XML
)
grep -q '/users/alice@example.com/calendar/curl-review.ics' <<<"$found" || fail "calendar-query: $found"
grep -q 'SUMMARY:Review made with curl' <<<"$found" || fail "calendar-query without the event: $found"
changes=$(dav -X REPORT -H 'Depth: 1' -H 'Content-Type: application/xml' "$CAL/" --data \
  "<d:sync-collection xmlns:d=\"DAV:\"><d:sync-token>$token</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>")
grep -q 'curl-review.ics' <<<"$changes" || fail "sync-collection after the PUT does not name it: $changes"
# A change with the current ETag is taken; the same change with the ETag it replaced is refused.
moved=$'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bridgehead it//curl//EN\r\nBEGIN:VEVENT\r\nUID:curl-review\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:20261215T150000Z\r\nDTEND:20261215T160000Z\r\nSUMMARY:Review moved with curl\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'
stale=$etag
etag=$(dav -sS -D - -o /dev/null -X PUT -H 'Content-Type: text/calendar; charset=utf-8' -H "If-Match: $stale" \
  "$CAL/curl-review.ics" --data-binary "$moved" | grep -i '^etag:' | tr -d '\r' | cut -d' ' -f2-)
[[ "$etag" == \"*\" && "$etag" != "$stale" ]] || fail "PUT with the current ETag gave ETag '$etag' (was $stale)"
code=$(dav -o /dev/null -w '%{http_code}' -X PUT -H 'Content-Type: text/calendar; charset=utf-8' -H "If-Match: $stale" \
  "$CAL/curl-review.ics" --data-binary "${moved/moved/lost}")
[[ "$code" == 412 ]] || fail "PUT with a stale ETag gave $code"
dav "$CAL/curl-review.ics" | grep -q 'SUMMARY:Review moved with curl' || fail "the refused PUT changed the event"
code=$(dav -o /dev/null -w '%{http_code}' -X DELETE -H "If-Match: $etag" "$CAL/curl-review.ics")
[[ "$code" == 204 ]] || fail "DELETE with the current ETag gave $code"
echo "curl: OPTIONS, well-known, principal, directory REPORT, 401 and 403; DavMail's URLs on both;" \
  "PUT, calendar-query, sync-collection, If-Match (412 when stale), DELETE"
