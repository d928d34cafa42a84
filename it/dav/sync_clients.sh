# The console calendar and contacts clients as their users run them, against one DAV server in
# DavMail's URL layout: vdirsyncer keeps local copies of the calendar, the tasks and the contacts
# (two-way, and a second sync changes nothing), khal lists the week from the calendar copy,
# todoman adds and completes a task, khard lists and adds a contact; each change goes to the
# server through vdirsyncer and is checked there with dav_grep.py. Sourced by it/ tests after
# lib.sh: run_sync_clients BASE_URL USER PASSWORD TAG [PART...], PART being calendar (vdirsyncer
# and khal), tasks (todoman) or contacts (khard); all three when none is named.

DAV_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# sync_clients_config DIR BASE USER PASSWORD PART...: vdirsyncer (a pair per PART), khal, todoman and
# khard configs in DIR.
sync_clients_config() {
  local dir=$1 base=$2 user=$3 password=$4 pair
  shift 4
  mkdir -p "$dir/calendar" "$dir/tasks" "$dir/contacts" "$dir/status"
  {
    printf '[general]\nstatus_path = "%s/status/"\n\n' "$dir"
    for pair in "$@"; do
      printf '[pair %s]\na = "%s_local"\nb = "%s_remote"\ncollections = null\nconflict_resolution = "a wins"\n\n' \
        "$pair" "$pair" "$pair"
    done
    printf '[storage calendar_local]\ntype = "filesystem"\npath = "%s/calendar/"\nfileext = ".ics"\n\n' "$dir"
    printf '[storage calendar_remote]\ntype = "caldav"\nurl = "%s/users/%s/calendar/"\n' "$base" "$user"
    printf 'username = "%s"\npassword = "%s"\nitem_types = ["VEVENT"]\n\n' "$user" "$password"
    printf '[storage tasks_local]\ntype = "filesystem"\npath = "%s/tasks/"\nfileext = ".ics"\n\n' "$dir"
    printf '[storage tasks_remote]\ntype = "caldav"\nurl = "%s/users/%s/tasks/"\n' "$base" "$user"
    printf 'username = "%s"\npassword = "%s"\nitem_types = ["VTODO"]\n\n' "$user" "$password"
    printf '[storage contacts_local]\ntype = "filesystem"\npath = "%s/contacts/"\nfileext = ".vcf"\n\n' "$dir"
    printf '[storage contacts_remote]\ntype = "carddav"\nurl = "%s/users/%s/contacts/"\n' "$base" "$user"
    printf 'username = "%s"\npassword = "%s"\n' "$user" "$password"
  } >"$dir/vdirsyncer.conf"
  cat >"$dir/khal.conf" <<CONF
[calendars]
[[work]]
path = $dir/calendar/
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = UTC
default_timezone = UTC
CONF
  cat >"$dir/todoman.py" <<CONF
path = "$dir/tasks"
date_format = "%Y-%m-%d"
time_format = "%H:%M"
default_list = "tasks"
cache_path = "$dir/todoman.sqlite3"
CONF
  printf '[addressbooks]\n[[contacts]]\npath = %s/contacts/\n[general]\ndefault_action = list\neditor = /bin/true\nmerge_editor = /bin/true\n' \
    "$dir" >"$dir/khard.conf"
}

# vdirsyncer_sync DIR LOG: one `vdirsyncer sync` of every pair; its output goes to LOG.
vdirsyncer_sync() {
  vdirsyncer -c "$1/vdirsyncer.conf" sync >"$2" 2>&1 || { cat "$2" >&2; fail "vdirsyncer sync failed"; }
}

# on_server URL USER PASSWORD TEXT: the server's items at URL containing TEXT (fails when none).
on_server() {
  /usr/bin/python3 "$DAV_DIR/dav_grep.py" "$@" || fail "no item with '$4' in $1"
}

run_sync_clients() {
  local base=$1 user=$2 password=$3 tag=$4 dir="$WORK/clients-$4" parts
  shift 4
  parts=("$@")
  [ ${#parts[@]} -gt 0 ] || parts=(calendar tasks contacts)
  sync_clients_config "$dir" "$base" "$user" "$password" "${parts[@]}"
  has() { [[ " ${parts[*]} " == *" $1 "* ]]; }
  ! has calendar || seed_calendar "$dir" "$base" "$user" "$password" "$tag"
  ! has contacts || seed_contacts "$dir" "$base" "$user" "$password" "$tag"

  vdirsyncer -c "$dir/vdirsyncer.conf" discover >"$dir/discover.log" 2>&1 \
    || { cat "$dir/discover.log" >&2; fail "vdirsyncer discover failed"; }
  vdirsyncer_sync "$dir" "$dir/sync1.log"
  if has calendar; then
    grep -rqs "$tag review from the server" "$dir/calendar" || fail "server event not in the local copy"
    on_server "$base/users/$user/calendar/" "$user" "$password" "$tag standup from vdirsyncer" >/dev/null
  fi
  if has contacts; then
    grep -rqs "rosa.$tag@partner.example" "$dir/contacts" || fail "server contact not in the local copy"
  fi

  # The second sync finds nothing to do, and leaves every local file as it was.
  (cd "$dir" && find calendar tasks contacts -type f -exec sha256sum {} + | sort) >"$dir/before"
  vdirsyncer_sync "$dir" "$dir/sync2.log"
  (cd "$dir" && find calendar tasks contacts -type f -exec sha256sum {} + | sort) >"$dir/after"
  if grep -qiE 'copying|updating|deleting' "$dir/sync2.log"; then
    cat "$dir/sync2.log" >&2; fail "the second vdirsyncer sync changed something"
  fi
  cmp -s "$dir/before" "$dir/after" || fail "the second vdirsyncer sync rewrote local files"

  ! has calendar || check_khal "$dir" "$tag"
  ! has tasks || check_todoman "$dir" "$base" "$user" "$password" "$tag"
  ! has contacts || check_khard "$dir" "$base" "$user" "$password" "$tag"
  echo "$tag: vdirsyncer two-way for ${parts[*]} (second sync unchanged)$(! has calendar || echo ', khal week')$(
    ! has tasks || echo ', todoman new+done')$(! has contacts || echo ', khard list+new')"
}

# One event made on the server (as another client would), one made in the local copy.
seed_calendar() {
  local dir=$1 base=$2 user=$3 password=$4 tag=$5 day
  day=$(date -u -d tomorrow +%Y%m%d)
  curl -sS -f -o /dev/null -u "$user:$password" -X PUT -H 'Content-Type: text/calendar; charset=utf-8' \
    -H 'If-None-Match: *' "$base/users/$user/calendar/$tag-server.ics" --data-binary @- <<ICS \
    || fail "PUT of the server-side event"
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bridgehead it//sync_clients//EN
BEGIN:VEVENT
UID:$tag-server
DTSTAMP:${day}T000000Z
DTSTART:${day}T140000Z
DTEND:${day}T150000Z
SUMMARY:$tag review from the server
END:VEVENT
END:VCALENDAR
ICS
  cat >"$dir/calendar/$tag-local.ics" <<ICS
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bridgehead it//sync_clients//EN
BEGIN:VEVENT
UID:$tag-local
DTSTAMP:${day}T000000Z
DTSTART:${day}T090000Z
DTEND:${day}T093000Z
SUMMARY:$tag standup from vdirsyncer
END:VEVENT
END:VCALENDAR
ICS
}

# One contact made on the server.
seed_contacts() {
  local dir=$1 base=$2 user=$3 password=$4 tag=$5
  curl -sS -f -o /dev/null -u "$user:$password" -X PUT -H 'Content-Type: text/vcard; charset=utf-8' \
    -H 'If-None-Match: *' "$base/users/$user/contacts/$tag-card.vcf" --data-binary @- <<VCF \
    || fail "PUT of the server-side contact"
BEGIN:VCARD
VERSION:3.0
UID:$tag-card
FN:Rosa ${tag^}
N:${tag^};Rosa;;;
EMAIL;TYPE=INTERNET:rosa.$tag@partner.example
END:VCARD
VCF
}

# khal reads the week from the synced copy: both events, at their times (UTC here).
check_khal() {
  local dir=$1 tag=$2 listed
  listed=$(khal -c "$dir/khal.conf" list today 7d 2>&1) || fail "khal list: $listed"
  grep -q "14:00-15:00 $tag review from the server" <<<"$listed" || fail "khal does not show the server event: $listed"
  grep -q "09:00-09:30 $tag standup from vdirsyncer" <<<"$listed" || fail "khal does not show the local event: $listed"
}

# todoman adds a task; it reaches the server; completed, the server has it completed.
check_todoman() {
  local dir=$1 base=$2 user=$3 password=$4 tag=$5 id
  todoman -c "$dir/todoman.py" new "$tag send the report" --due "$(date -u -d '+2 days' +%Y-%m-%d)" >/dev/null \
    || fail "todoman new"
  vdirsyncer_sync "$dir" "$dir/sync3.log"
  on_server "$base/users/$user/tasks/" "$user" "$password" "$tag send the report" >/dev/null
  id=$(todoman -c "$dir/todoman.py" --porcelain list | /usr/bin/python3 -c \
    'import json,sys; print([t["id"] for t in json.load(sys.stdin) if t["summary"] == sys.argv[1]][0])' \
    "$tag send the report") || fail "todoman does not list the task"
  todoman -c "$dir/todoman.py" done "$id" >/dev/null || fail "todoman done"
  vdirsyncer_sync "$dir" "$dir/sync4.log"
  id=$(on_server "$base/users/$user/tasks/" "$user" "$password" "$tag send the report")
  grep -q 'STATUS:COMPLETED' <<<"$id" || fail "the task done in todoman is not completed on the server: $id"
}

# khard lists the server's contact and adds one, which reaches the server.
check_khard() {
  local dir=$1 base=$2 user=$3 password=$4 tag=$5 listed
  cat >"$dir/contact.yaml" <<YAML
First name : Quentin
Last name  : ${tag^}
Email :
    work : quentin.$tag@supplier.example
Phone :
    cell : +44 7700 900123
Organisation : Supplier Ltd
YAML
  listed=$(khard -c "$dir/khard.conf" list 2>&1) || fail "khard list: $listed"
  grep -q "Rosa ${tag^}" <<<"$listed" || fail "khard does not list the server contact: $listed"
  khard -c "$dir/khard.conf" new -a contacts -i "$dir/contact.yaml" >/dev/null 2>&1 || fail "khard new"
  vdirsyncer_sync "$dir" "$dir/sync5.log"
  listed=$(on_server "$base/users/$user/contacts/" "$user" "$password" "quentin.$tag@supplier.example")
  grep -q 'Supplier Ltd' <<<"$listed" || fail "the contact added in khard is not on the server with its organisation: $listed"
}
