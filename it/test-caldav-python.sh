# python3-caldav (Debian's python3-caldav) against Bridgehead's CalDAV: discovery in DavMail's URL
# layout, events (create, read, time range, update, delete, a weekly series in America/Winnipeg
# expanded) and tasks (create, complete, delete). The same discovery check runs against DavMail 6 on the same simulator, so a DavMail user's
# URLs are proved to lead to the same collections on both.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_demo
davmail_caldav=$(free_port)
start_davmail "$(free_port)" "" "$davmail_caldav"
checks="$ROOT/it/dav/caldav_checks.py"

# python3-caldav logs a warning (not an error) when a server renames items, as DavMail does.
/usr/bin/python3 "$checks" "http://127.0.0.1:$davmail_caldav" alice@example.com demo davmail layout 2>"$WORK/davmail.err" \
  || { cat "$WORK/davmail.err" >&2; fail "DavMail: python3-caldav discovery"; }
/usr/bin/python3 "$checks" "http://127.0.0.1:$CALDAV_PORT" alice@example.com demo bridgehead \
  layout events tasks || fail "Bridgehead: python3-caldav"
