# vdirsyncer, khal, todoman and khard (Debian packages) against Bridgehead's CalDAV and CardDAV, as
# a console user sets them up with DavMail's URLs: vdirsyncer two-way sync of the calendar, the
# tasks and the contacts (twice: the second changes nothing), khal lists the week, todoman adds and
# completes a task, khard lists and adds a contact; every change is checked on the server.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$ROOT/it/dav/sync_clients.sh"

start_demo
run_sync_clients "http://127.0.0.1:$CALDAV_PORT" alice@example.com demo bridgehead calendar tasks contacts
