"""What a python3-caldav user does against a CalDAV server in DavMail's URL layout.

    caldav_checks.py BASE_URL USER PASSWORD TAG PART...

PART is one of: layout (discovery finds the principal /principals/users/USER/, a calendar home
below /users/USER/ and the calendar /users/USER/calendar/, as DavMail serves them), events (create, read, find by time
range, update, delete; a weekly series in America/Winnipeg comes back in that zone and expands
to its occurrences), tasks (create, complete, delete in /users/USER/tasks/).
TAG goes into every UID and summary, so runs against two servers on one Exchange never meet.
Exits non-zero with the failed check on stderr.
"""

import datetime
import sys
import urllib.parse

import caldav

PARTS = ("layout", "events", "tasks")


def fail(what):
    sys.exit("caldav_checks: %s" % what)


def check(condition, what):
    if not condition:
        fail(what)


def path(url):
    return urllib.parse.unquote(urllib.parse.urlparse(str(url)).path).rstrip("/") + "/"


def vcalendar(component):
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bridgehead it//caldav_checks//EN\r\n%sEND:VCALENDAR\r\n" % component


def stamp(moment):
    return moment.strftime("%Y%m%dT%H%M%SZ")


class Checks:
    def __init__(self, base, user, password, tag):
        self.base = base.rstrip("/")
        self.user = user
        self.tag = tag
        self.client = caldav.DAVClient(self.base + "/", username=user, password=password)
        self.home = "/users/%s/" % user
        # Tomorrow at 10:00 UTC: inside "this week" for khal-style checks, never in the past.
        day = datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=1)
        self.start = datetime.datetime(day.year, day.month, day.day, 10, tzinfo=datetime.timezone.utc)

    def collection(self, name):
        return self.client.calendar(url=self.base + self.home + name + "/")

    def layout(self):
        principal = self.client.principal()
        check(path(principal.url) == "/principals/users/%s/" % self.user, "principal %s" % principal.url)
        # DavMail's calendar-home-set is the calendar itself, Bridgehead's the user's home: both lie in it.
        home = path(principal.calendar_home_set.url)
        check(home.startswith(self.home), "calendar home %s outside %s" % (home, self.home))
        calendars = {path(c.url) for c in principal.calendars()}
        check(self.home + "calendar/" in calendars, "no %scalendar/ among %s" % (self.home, sorted(calendars)))
        addresses = [a.lower() for a in principal.calendar_user_address_set()]
        check("mailto:%s" % self.user in addresses, "calendar-user-address-set %s" % addresses)
        print("layout: principal, home %s, calendars %s" % (home, sorted(calendars)))

    def events(self):
        calendar = self.collection("calendar")
        uid = "%s-event" % self.tag
        end = self.start + datetime.timedelta(hours=1)
        created = calendar.save_event(vcalendar(
            "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:%s\r\nDTSTART:%s\r\nDTEND:%s\r\nSUMMARY:%s planning\r\n"
            "LOCATION:Room 1\r\nEND:VEVENT\r\n" % (uid, stamp(self.start), stamp(self.start), stamp(end), self.tag)))
        event = calendar.event_by_uid(uid)
        check("%s planning" % self.tag in event.data, "read back: %s" % event.data)
        found = calendar.date_search(self.start - datetime.timedelta(hours=2), end + datetime.timedelta(hours=2))
        check(any(uid in e.data for e in (f.load() for f in found)), "time range did not find %s" % uid)
        before = calendar.date_search(self.start - datetime.timedelta(days=3), self.start - datetime.timedelta(days=2))
        check(not any(uid in f.load().data for f in before), "time range before the event found it")

        event.vobject_instance.vevent.summary.value = "%s planning moved" % self.tag
        event.save()
        again = calendar.event_by_uid(uid)
        check("%s planning moved" % self.tag in again.data, "update not read back: %s" % again.data)

        series_uid = self.series(calendar)
        again.delete()
        check(not any(uid in e.data for e in calendar.events()), "deleted event still listed")
        calendar.event_by_uid(series_uid).delete()
        print("events: %s created, found by time range, updated, deleted; weekly series in Winnipeg" % created.url)

    def series(self, calendar):
        uid = "%s-series" % self.tag
        first = self.start.date() + datetime.timedelta(days=7)
        calendar.save_event(vcalendar(
            "BEGIN:VTIMEZONE\r\nTZID:America/Winnipeg\r\nBEGIN:STANDARD\r\nDTSTART:19701101T020000\r\n"
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0600\r\nEND:STANDARD\r\n"
            "BEGIN:DAYLIGHT\r\nDTSTART:19700308T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"
            "TZOFFSETFROM:-0600\r\nTZOFFSETTO:-0500\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
            "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:%s\r\nDTSTART;TZID=America/Winnipeg:%s\r\n"
            "DTEND;TZID=America/Winnipeg:%s\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:%s weekly\r\nEND:VEVENT\r\n"
            % (uid, stamp(self.start), first.strftime("%Y%m%dT090000"), first.strftime("%Y%m%dT093000"), self.tag)))
        series = calendar.event_by_uid(uid).data
        check("TZID=America/Winnipeg" in series, "the series lost its zone: %s" % series)
        check("FREQ=WEEKLY" in series, "the series lost its rule: %s" % series)
        since = datetime.datetime.combine(first, datetime.time(0), datetime.timezone.utc)
        found = calendar.search(start=since, end=since + datetime.timedelta(days=21), event=True, expand=True)
        occurrences = [e for e in found if uid in e.data]
        check(len(occurrences) == 3, "expanded %d occurrences of 3" % len(occurrences))
        return uid

    def tasks(self):
        tasks = self.collection("tasks")
        uid = "%s-task" % self.tag
        tasks.save_todo(vcalendar("BEGIN:VTODO\r\nUID:%s\r\nDTSTAMP:%s\r\nSUMMARY:%s report\r\nDUE:%s\r\n"
                                  "PRIORITY:1\r\nEND:VTODO\r\n"
                                  % (uid, stamp(self.start), self.tag, stamp(self.start + datetime.timedelta(days=2)))))
        open_tasks = [t for t in tasks.todos() if uid in t.data]
        check(len(open_tasks) == 1, "new task listed %d times" % len(open_tasks))
        open_tasks[0].complete()
        check(not any(uid in t.data for t in tasks.todos()), "completed task still among the open ones")
        done = [t for t in tasks.todos(include_completed=True) if uid in t.data]
        check(len(done) == 1 and "STATUS:COMPLETED" in done[0].data, "completed task: %s" % [t.data for t in done])
        done[0].delete()
        check(not any(uid in t.data for t in tasks.todos(include_completed=True)), "deleted task still listed")
        print("tasks: created, completed, deleted")


def main():
    if len(sys.argv) < 6 or any(p not in PARTS for p in sys.argv[5:]):
        sys.exit(__doc__)
    base, user, password, tag = sys.argv[1:5]
    checks = Checks(base, user, password, tag)
    for part in sys.argv[5:]:
        getattr(checks, part)()


if __name__ == "__main__":
    main()
