# Thunderbird's calendar and tasks on Bridgehead's CalDAV, set up as the README says (DavMail's
# URLs, the login as user name, offline support on): "On the Network" finds the calendar at its
# URL and every collection from the server's address alone; an event made in Exchange (the simulator, over
# EWS) shows in Thunderbird at its time; an event made in Thunderbird in Europe/Berlin reaches
# Exchange at the right instant in W. Europe Standard Time; a task made and completed in
# Thunderbird is completed in Exchange.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/thunderbird/lib.sh"

start_demo
start_thunderbird alice@example.com "Alice Archer" --caldav
thunderbird_python - "$MARIONETTE_PORT" "$SIM_URL" "$CALDAV_PORT" <<'PY'
import datetime
import sys
import zoneinfo
import thunderbird
from davaccounts import DavAccounts
from ews import Ews, eventually

port = int(sys.argv[3])
base = "http://localhost:%d/users/alice@example.com/" % port
exchange = Ews(sys.argv[2], "alice@example.com", "demo")
ns = "{http://schemas.microsoft.com/exchange/services/2006/types}"
day = datetime.date.today() + datetime.timedelta(days=2)
ical = lambda d, t: d.strftime("%Y%m%d") + "T" + t

# An event another Exchange client (Outlook) made: 15:00-16:00 UTC.
exchange.call('<m:CreateItem SendMeetingInvitations="SendToNone"><m:SavedItemFolderId><t:DistinguishedFolderId'
              ' Id="calendar"/></m:SavedItemFolderId><m:Items><t:CalendarItem><t:Subject>Made in Outlook</t:Subject>'
              '<t:Start>%sT15:00:00Z</t:Start><t:End>%sT16:00:00Z</t:End></t:CalendarItem></m:Items>'
              '</m:CreateItem>' % (day.isoformat(), day.isoformat()))

tb = thunderbird.connect(int(sys.argv[1]), "alice@example.com", "demo")
calendars = DavAccounts(tb)
calendars.store_password(port, "alice@example.com", "demo")
# The README's locations: the calendar's own URL, or the server alone to find every collection.
for location, wanted in ((base + "calendar/", {base + "calendar/"}),
                         ("http://localhost:%d/" % port, {base + "calendar/", base + "tasks/"})):
    offered = calendars.detect(location, "alice@example.com", "demo")
    assert wanted <= {c["uri"] for c in offered if c["type"] == "caldav"}, (location, offered)
window = (ical(day, "000000Z"), ical(day + datetime.timedelta(days=1), "000000Z"))
events = thunderbird.timed("calendar synchronised", calendars.items, base + "calendar/", *window)
outlook = [e for e in events if e["title"] == "Made in Outlook"]
assert len(outlook) == 1, events
assert outlook[0]["start"]["utc"] == ical(day, "150000Z"), outlook

made = calendars.add_event(base + "calendar/", "Made in Thunderbird", ical(day, "100000"), ical(day, "113000"),
                           "Europe/Berlin")
assert made["start"]["zone"] == "Europe/Berlin", made

def in_exchange(subject, folder, extra=""):
    root = exchange.call('<m:FindItem Traversal="Shallow"><m:ItemShape><t:BaseShape>Default</t:BaseShape>'
                         '<t:AdditionalProperties>%s</t:AdditionalProperties></m:ItemShape><m:ParentFolderIds>'
                         '<t:DistinguishedFolderId Id="%s"/></m:ParentFolderIds></m:FindItem>' % (extra, folder))
    return next((i for i in root.iter() if i.findtext(ns + "Subject") == subject), None)

zone = '<t:FieldURI FieldURI="calendar:StartTimeZone"/>'
item = eventually("the event made in Thunderbird", lambda: in_exchange("Made in Thunderbird", "calendar", zone))
berlin = datetime.datetime.combine(day, datetime.time(10), zoneinfo.ZoneInfo("Europe/Berlin"))
expected = berlin.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
assert item.findtext(ns + "Start") == expected, (item.findtext(ns + "Start"), expected)
assert item.find(ns + "StartTimeZone").get("Id") == "W. Europe Standard Time", item.find(ns + "StartTimeZone").attrib

task = calendars.add_task(base + "tasks/", "Send the minutes", ical(day, "170000Z"))
eventually("the task made in Thunderbird", lambda: in_exchange("Send the minutes", "tasks"))
calendars.complete_task(base + "tasks/", "Send the minutes")
eventually("the task completed in Thunderbird",
           lambda: (in_exchange("Send the minutes", "tasks", '<t:FieldURI FieldURI="task:Status"/>')
                    .findtext(ns + "Status") == "Completed"))
tb.quit()
print("thunderbird: an Outlook event shows at its time; an event (Europe/Berlin) and a completed task reach Exchange")
PY
