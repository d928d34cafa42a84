"""The CalDAV/CardDAV rows, measured with vdirsyncer (the real client) and a scheduling outbox POST.

caldav-initial-sync: `vdirsyncer discover` and `vdirsyncer sync` of the calendar into an empty
directory (discovery, listing, every event fetched); caldav-resync-unchanged: the same sync again;
caldav-one-change: one event renamed through EWS (as Outlook would), then the sync; carddav-initial-sync:
the contacts into an empty directory; freebusy-10-people: one outbox POST asking for ten colleagues'
free/busy over a week, as Thunderbird's scheduling dialog does. Each row checks its result (every
event and contact arrived, the changed one changed, ten answers), so a fast wrong answer is no answer.
"""

import base64
import datetime
import glob
import os
import shutil
import subprocess
import urllib.request

from . import dav_seed
from .gateways import PASSWORD, USER
from .imap import WorkloadFailed

PEOPLE = ["user%d@example.com" % n for n in range(2, 12)]  # the ten colleagues of the free/busy row
FREE_BUSY_DAY = datetime.datetime(2026, 12, 7, tzinfo=datetime.timezone.utc)


def users():
    """The simulator's users for these rows: the measured user and the ten colleagues."""
    return 1 + len(PEOPLE)


class DavWorkloads:
    """Seeds the simulator once (untimed), then runs the rows against one gateway."""

    def __init__(self, gateway, simulator, meter, events, series, contacts, timeout):
        self._gateway = gateway
        self._meter = meter
        self._timeout = timeout
        self._events = events
        self._contacts = contacts
        self._dir = os.path.join(gateway.workdir, "vdirsyncer-%s" % gateway.name)
        ews = dav_seed.Ews(simulator.ews_url, USER, PASSWORD)
        self._ews = ews
        self._ids = dav_seed.calendar(ews, events, series)
        dav_seed.contacts(ews, contacts)
        for person in PEOPLE:
            dav_seed.busy_day(dav_seed.Ews(simulator.ews_url, person, PASSWORD), FREE_BUSY_DAY)

    def _base(self):
        port = self._gateway.ports.get("caldav")
        if not port:
            raise WorkloadFailed("no CalDAV listener in this build")
        return "http://127.0.0.1:%d" % port

    def _configure(self):
        shutil.rmtree(self._dir, ignore_errors=True)
        for name in ("calendar", "contacts", "status"):
            os.makedirs(os.path.join(self._dir, name))
        base = self._base()
        lines = ['[general]', 'status_path = "%s/status/"' % self._dir]
        for pair, kind, ext in (("calendar", "caldav", ".ics"), ("contacts", "carddav", ".vcf")):
            lines += ['[pair %s]' % pair, 'a = "%s_local"' % pair, 'b = "%s_remote"' % pair, 'collections = null',
                      '[storage %s_local]' % pair, 'type = "filesystem"',
                      'path = "%s/%s/"' % (self._dir, pair), 'fileext = "%s"' % ext,
                      '[storage %s_remote]' % pair, 'type = "%s"' % kind,
                      'url = "%s/users/%s/%s/"' % (base, USER, pair), 'username = "%s"' % USER,
                      'password = "%s"' % PASSWORD]
        with open(os.path.join(self._dir, "config"), "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")

    def _vdirsyncer(self, *args):
        if not shutil.which("vdirsyncer"):
            raise WorkloadFailed("vdirsyncer is not installed (apt-get install vdirsyncer)")
        try:
            done = subprocess.run(["vdirsyncer", "-c", os.path.join(self._dir, "config")] + list(args),
                                  capture_output=True, text=True, timeout=self._timeout)
        except subprocess.TimeoutExpired:
            raise WorkloadFailed("vdirsyncer %s ran past %d s" % (" ".join(args), self._timeout))
        if done.returncode != 0 or "error:" in done.stderr:
            raise WorkloadFailed("vdirsyncer %s failed: %s" % (" ".join(args), done.stderr.strip()[-300:]))
        return done.stderr

    def _local(self, pair):
        return glob.glob(os.path.join(self._dir, pair, "*"))

    def _sync(self, pair, discover=False):
        meter = self._meter()
        meter.start()
        if discover:
            self._vdirsyncer("discover", pair)
        log = self._vdirsyncer("sync", pair)
        meter.stop()
        return meter, log

    def _initial_sync(self, pair, expected, what):
        """Discovery and the first sync of PAIR into its empty directory: every item must arrive."""
        meter, _ = self._sync(pair, discover=True)
        got = len(self._local(pair))
        if got != expected:
            raise WorkloadFailed("vdirsyncer got %d of the %d %s" % (got, expected, what))
        return meter.result({what: got})

    def caldav_initial_sync(self):
        self._configure()
        return self._initial_sync("calendar", self._events, "events")

    def caldav_resync_unchanged(self):
        meter, log = self._sync("calendar")
        if "Copying" in log or "Updating" in log or "Deleting" in log:
            raise WorkloadFailed("an unchanged resync changed something: %s" % log.strip()[-300:])
        return meter.result({"events": len(self._local("calendar"))})

    def caldav_one_change(self):
        subject = "Moved by Outlook"
        dav_seed.rename(self._ews, self._ids[len(self._ids) // 2], subject)
        meter, log = self._sync("calendar")
        changed = [p for p in self._local("calendar") if subject in open(p, encoding="utf-8").read()]
        if len(changed) != 1:
            raise WorkloadFailed("%d local events carry the change after the sync: %s" % (len(changed), log[-300:]))
        return meter.result({"changed": 1})

    def carddav_initial_sync(self):
        return self._initial_sync("contacts", self._contacts, "contacts")

    def freebusy_10_people(self):
        start = FREE_BUSY_DAY
        end = start + datetime.timedelta(days=7)
        stamp = "%Y%m%dT%H%M%SZ"
        body = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bridgehead bench//EN\r\nMETHOD:REQUEST\r\n"
                "BEGIN:VFREEBUSY\r\nUID:bench-freebusy\r\nDTSTAMP:%s\r\nDTSTART:%s\r\nDTEND:%s\r\n"
                "ORGANIZER:mailto:%s\r\n%sEND:VFREEBUSY\r\nEND:VCALENDAR\r\n"
                % (start.strftime(stamp), start.strftime(stamp), end.strftime(stamp), USER,
                   "".join("ATTENDEE:mailto:%s\r\n" % p for p in PEOPLE)))
        auth = "Basic " + base64.b64encode(("%s:%s" % (USER, PASSWORD)).encode()).decode()
        request = urllib.request.Request("%s/users/%s/outbox/" % (self._base(), USER), data=body.encode(),
                                         method="POST", headers={"Authorization": auth,
                                                                 "Content-Type": "text/calendar; charset=utf-8"})
        meter = self._meter()
        meter.start()
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:
                answer = response.read().decode("utf-8", "replace")
        except OSError as failure:
            raise WorkloadFailed("outbox POST failed: %s" % failure)
        meter.stop()
        answered = sum(1 for p in PEOPLE if p in answer.lower())
        busy = answer.count("FREEBUSY")
        if answered != len(PEOPLE) or not busy:
            raise WorkloadFailed("free/busy answered %d of %d people: %s" % (answered, len(PEOPLE), answer[:300]))
        return meter.result({"people": answered})
