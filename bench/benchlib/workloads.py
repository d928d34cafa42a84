"""The measured workloads. Each one runs against one gateway over real sockets and returns its numbers."""

import email.message
import imaplib
import random
import smtplib
import statistics
import threading
import time

from . import imap
from .gateways import PASSWORD, USER
from .imap import WorkloadFailed
from .processes import RssSampler


class Meter:
    """Wall time and EWS requests of the measured part of a workload (login and set-up excluded)."""

    def __init__(self, simulator, gateway):
        self._simulator = simulator
        self._gateway = gateway
        self._t0 = None
        self.seconds = None
        self.stats = None

    def start(self):
        self._simulator.reset_stats()
        self._t0 = time.monotonic()

    @property
    def started_at(self):
        return self._t0

    def stop(self):
        self.seconds = time.monotonic() - self._t0
        self.stats = self._simulator.stats()

    def stats_so_far(self):
        return self._simulator.stats() if self._t0 is not None else None

    def result(self, extra):
        rss, hwm = self._gateway.process.memory_mb()
        stats = self.stats or {}
        out = {"seconds": round(self.seconds, 3), "ewsCalls": stats.get("totalRequests"),
               "ewsBytes": (stats.get("bytesIn") or 0) + (stats.get("bytesOut") or 0),
               "ewsByOperation": stats.get("requests"),
               "rssMb": round(rss, 1) if rss else None, "peakRssMb": round(hwm, 1) if hwm else None}
        out.update(extra)
        return out


class Watchdog:
    """Breaks the given IMAP connections if the workload runs past its time cap."""

    def __init__(self, seconds, clients):
        self.fired = False
        self._clients = clients
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def _fire(self):
        self.fired = True
        for client in self._clients:
            imap.abort(client)

    def __enter__(self):
        self._timer.start()
        return self

    def __exit__(self, *exc):
        self._timer.cancel()


class Workloads:
    """Runs the IMAP/SMTP workloads in order against one freshly started gateway and simulator."""

    def __init__(self, config, simulator, gateway):
        self.config = config
        self.simulator = simulator
        self.gateway = gateway
        self.uids = []
        self.folders = []
        self.moved = []
        self.target = None
        self.session = None

    def _meter(self):
        return Meter(self.simulator, self.gateway)

    def _connect(self, timeout=None):
        return imap.connect(self.gateway.imap_port, timeout or self.config.command_timeout)

    def _capped(self, meter, cap, body, client):
        """Runs body() under a time cap; a capped run is reported with the EWS calls made so far."""
        try:
            with Watchdog(cap, [client]) as dog:
                return body()
        except (imaplib.IMAP4.abort, imaplib.IMAP4.error, OSError) as failure:
            if dog.fired:
                stats = meter.stats_so_far() or {}
                raise WorkloadFailed("did not finish within the %d s cap (%s EWS calls by then)"
                                     % (cap, stats.get("totalRequests")))
            raise WorkloadFailed(str(failure)[:200])

    def list(self):
        meter = self._meter()
        meter.start()
        client = self._connect()
        data = imap.ok(client.list('""', "*"), "LIST")
        meter.stop()
        imap.close(client)
        self.folders = imap.folder_names(data)
        self.target = self._pick_target()
        return meter.result({"folders": len(self.folders), "moveTarget": self.target})

    def _pick_target(self):
        generated = [f for f in self.folders if f.startswith("Archive") and f != "Archive"]
        others = [f for f in self.folders if f.upper() != "INBOX" and not f.upper().startswith("INBOX")]
        return (generated or others or [None])[0]

    def first_select(self):
        client = self._connect(self.config.cap_seconds)
        meter = self._meter()

        def body():
            meter.start()
            imap.ok(client.select("INBOX"), "SELECT")
            exists = imap.exists_count(client)
            data = imap.ok(client.uid("FETCH", "1:*", imap.HEADER_FETCH), "UID FETCH headers")
            meter.stop()
            return exists, data

        try:
            exists, data = self._capped(meter, self.config.cap_seconds, body, client)
        finally:
            imap.close(client)
        fetched = imap.fetched_uids(data)
        if len(fetched) != exists:
            raise WorkloadFailed("the header fetch returned %d of %d messages" % (len(fetched), exists))
        return meter.result({"messages": exists, "fetched": len(fetched), "bytes": imap.literal_bytes(data)})

    def reselect(self):
        self.session = self._connect(self.config.cap_seconds)
        meter = self._meter()

        def body():
            meter.start()
            imap.ok(self.session.select("INBOX"), "SELECT")
            data = imap.ok(self.session.uid("FETCH", "1:*", "(FLAGS)"), "UID FETCH FLAGS")
            meter.stop()
            return data

        data = self._capped(meter, self.config.cap_seconds, body, self.session)
        self.uids = imap.fetched_uids(data)
        return meter.result({"messages": len(self.uids)})

    def _need_session(self):
        if self.session is None or not self.uids:
            raise WorkloadFailed("needs the folder's UIDs from the reselect row")

    def store(self):
        self._need_session()
        batch = self.uids[:self.config.store_count]
        meter = self._meter()

        def body():
            meter.start()
            data = imap.ok(self.session.uid("STORE", imap.uid_set(batch), "+FLAGS", "(\\Seen)"), "UID STORE")
            meter.stop()
            return data

        data = self._capped(meter, self.config.cap_seconds, body, self.session)
        return meter.result({"messages": len(batch), "fetchResponses": len([d for d in data if d])})

    def move(self):
        self._need_session()
        if not self.target:
            raise WorkloadFailed("LIST showed no folder to move into")
        batch = self.uids[self.config.store_count:self.config.store_count + self.config.move_count]
        has_move = "MOVE" in self.session.capabilities
        meter = self._meter()

        def body():
            meter.start()
            uids = imap.uid_set(batch)
            if has_move:
                imap.ok(self.session.uid("MOVE", uids, imap.quoted(self.target)), "UID MOVE")
            else:
                imap.ok(self.session.uid("COPY", uids, imap.quoted(self.target)), "UID COPY")
                imap.ok(self.session.uid("STORE", uids, "+FLAGS.SILENT", "(\\Deleted)"), "UID STORE \\Deleted")
                imap.ok(self.session.expunge(), "EXPUNGE")
            meter.stop()

        self._capped(meter, self.config.cap_seconds, body, self.session)
        self.moved = batch
        # Untimed check that the messages really arrived, so a fast no-op cannot pass for a move.
        status = imap.ok(self.session.status(imap.quoted(self.target), "(MESSAGES)"), "STATUS")
        arrived = imap.status_messages(status)
        if arrived is not None and arrived < len(batch):
            raise WorkloadFailed("after the move %s holds %d messages, not %d" % (self.target, arrived, len(batch)))
        return meter.result({"messages": len(batch), "method": "UID MOVE" if has_move else "COPY+STORE+EXPUNGE",
                             "target": self.target, "targetMessagesAfter": arrived})

    def remaining_uids(self):
        moved = set(self.moved)
        return [uid for uid in self.uids if uid not in moved]

    def fetch(self):
        self._need_session()
        batch = self.remaining_uids()[-self.config.fetch_count:]
        meter = self._meter()

        def body():
            meter.start()
            data = imap.ok(self.session.uid("FETCH", imap.uid_set(batch), "(BODY.PEEK[])"), "UID FETCH BODY[]")
            meter.stop()
            return data

        data = self._capped(meter, self.config.cap_seconds, body, self.session)
        imap.close(self.session)
        self.session = None
        bodies = sum(1 for item in data if isinstance(item, tuple))
        if bodies != len(batch):
            raise WorkloadFailed("the fetch returned %d of %d bodies" % (bodies, len(batch)))
        return meter.result({"messages": bodies, "bytes": imap.literal_bytes(data)})

    def idle_push(self):
        if not self.simulator.smtp_in_ready():
            raise WorkloadFailed("the simulator's smtp-in (bridgehead.simulator.smtp.port) does not accept "
                                 "connections in this build")
        count, interval = self.config.idle_deliveries, self.config.idle_interval
        client = self._connect()
        imap.ok(client.select("INBOX"), "SELECT")
        base = imap.exists_count(client)
        meter = self._meter()
        watcher = imap.IdleWatcher(client, read_timeout=count * interval + self.config.idle_wait + 30)
        meter.start()
        sent = []
        rng = random.Random(8)
        try:
            for i in range(count):
                # Deliveries spread evenly over the window, so a polling gateway is caught at every phase.
                due = meter.started_at + i * interval + rng.uniform(0, interval / 2)
                time.sleep(max(0.0, due - time.monotonic()))
                self._deliver(i)
                sent.append(time.monotonic())
            deadline = time.monotonic() + self.config.idle_wait
            while time.monotonic() < deadline and watcher.first_time_at_least(base + count) is None:
                time.sleep(0.05)
        finally:
            meter.stop()
            watcher.done()
            imap.close(client)
        latencies, missed = [], 0
        for i, at in enumerate(sent):
            seen = watcher.first_time_at_least(base + i + 1)
            if seen is None:
                missed += 1
            else:
                latencies.append(max(0.0, seen - at))
        if not latencies:
            raise WorkloadFailed("no EXISTS within %d s of any of %d deliveries" % (self.config.idle_wait, count))
        result = meter.result({"deliveries": count, "missed": missed,
                               "latencies": [round(x, 3) for x in latencies],
                               "windowSeconds": round(meter.seconds, 1)})
        result["seconds"] = round(statistics.median(latencies), 3)
        return result

    def _deliver(self, i):
        message = email.message.EmailMessage()
        message["From"] = "Benchmark Sender <sender@example.org>"
        message["To"] = USER
        message["Subject"] = "idle push %d" % i
        message["Message-ID"] = "<idle-push-%d-%d@bench.example.org>" % (i, time.time_ns())
        message.set_content("Delivered through the simulator's smtp-in.\n")
        with smtplib.SMTP("127.0.0.1", self.simulator.smtp_port, timeout=30) as smtp:
            smtp.send_message(message, from_addr="sender@example.org", to_addrs=[USER])

    def smtp(self):
        if not self.gateway.smtp_port:
            raise WorkloadFailed("no SMTP listener in this build")
        message = email.message.EmailMessage()
        message["From"] = USER
        message["To"] = "Benchmark Recipient <recipient@example.org>"
        message["Subject"] = "1 MB benchmark message"
        message.set_content("The attachment is 750 KB of random data, about 1 MB once base64 encoded.\n")
        message.add_attachment(random.Random(9).randbytes(768 * 1024), maintype="application",
                               subtype="octet-stream", filename="benchmark.bin")
        raw = message.as_bytes()
        meter = self._meter()
        meter.start()
        with smtplib.SMTP("127.0.0.1", self.gateway.smtp_port, timeout=self.config.command_timeout) as smtp:
            smtp.ehlo("bench.example.org")
            smtp.login(USER, PASSWORD)
            smtp.sendmail(USER, ["recipient@example.org"], raw)
        meter.stop()
        return meter.result({"messageBytes": len(raw)})

    def load(self):
        uids = self.remaining_uids()
        if not uids:
            raise WorkloadFailed("needs the folder's UIDs from the reselect row")
        clients = [LoadClient(self.gateway.imap_port, uids, seed, self.config.command_timeout)
                   for seed in range(self.config.load_clients)]
        setup = [threading.Thread(target=c.open, daemon=True) for c in clients]
        for thread in setup:
            thread.start()
        for thread in setup:
            thread.join(self.config.cap_seconds)
        meter = self._meter()
        meter.start()
        deadline = time.monotonic() + self.config.load_seconds
        threads = [threading.Thread(target=c.run, args=(deadline,), daemon=True) for c in clients]
        with RssSampler(self.gateway.process) as sampler:
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(self.config.load_seconds + self.config.command_timeout + 5)
            meter.stop()
        for client in clients:
            client.close()
        ops = sum(c.ops for c in clients)
        errors = sum(c.errors for c in clients)
        result = meter.result({"clients": len(clients), "operations": ops, "errors": errors,
                               "opsPerSecond": round(ops / meter.seconds, 2),
                               "loadRssMb": round(sampler.max_rss, 1),
                               "errorSamples": sorted({e for c in clients for e in c.error_texts})[:5]})
        return result


class LoadClient:
    """One of the concurrent clients of the load row: a mixed read / flag / fetch loop."""

    OPERATIONS = ("flags", "flags", "flags", "headers", "headers", "body", "body", "store", "store", "noop")

    def __init__(self, port, uids, seed, timeout, user=USER):
        self._port = port
        self._user = user
        self._uids = uids
        self._rng = random.Random(seed)
        self._timeout = timeout
        self._client = None
        self.ops = 0
        self.errors = 0
        self.error_texts = set()

    def open(self):
        try:
            self._client = imap.connect(self._port, self._timeout, self._user)
            imap.ok(self._client.select("INBOX"), "SELECT")
        except (imaplib.IMAP4.error, OSError, WorkloadFailed) as failure:
            self._fail(failure)
            self._client = None

    def adopt_folder_uids(self):
        """Takes the selected folder's own UIDs (on a jump host each user has a folder of their own)."""
        if self._client is None:
            return
        try:
            data = imap.ok(self._client.uid("SEARCH", None, "ALL"), "UID SEARCH")
            self._uids = [int(u) for u in data[0].split()] or self._uids
        except (imaplib.IMAP4.error, OSError, WorkloadFailed) as failure:
            self._fail(failure)

    def run(self, deadline):
        reconnects = 0
        while time.monotonic() < deadline:
            if self._client is None:
                if reconnects >= 3:
                    return
                reconnects += 1
                self.open()
                continue
            try:
                self._one()
                self.ops += 1
            except (imaplib.IMAP4.abort, OSError) as failure:
                self._fail(failure)
                self._client = None
            except (imaplib.IMAP4.error, WorkloadFailed) as failure:
                self._fail(failure)

    def _one(self):
        kind = self._rng.choice(self.OPERATIONS)
        c = self._client
        if kind == "flags":
            start = self._rng.randrange(max(1, len(self._uids) - 50))
            imap.ok(c.uid("FETCH", imap.uid_set(self._uids[start:start + 50]), "(FLAGS)"), "FETCH FLAGS")
        elif kind == "headers":
            start = self._rng.randrange(max(1, len(self._uids) - 20))
            imap.ok(c.uid("FETCH", imap.uid_set(self._uids[start:start + 20]), imap.HEADER_FETCH), "FETCH headers")
        elif kind == "body":
            imap.ok(c.uid("FETCH", str(self._rng.choice(self._uids)), "(BODY.PEEK[])"), "FETCH BODY[]")
        elif kind == "store":
            sign = self._rng.choice("+-")
            imap.ok(c.uid("STORE", str(self._rng.choice(self._uids)), sign + "FLAGS", "(\\Flagged)"), "STORE")
        else:
            imap.ok(c.noop(), "NOOP")

    def _fail(self, failure):
        self.errors += 1
        self.error_texts.add(str(failure)[:120])

    def close(self):
        if self._client is not None:
            imap.close(self._client)
