"""The jump-host row: one gateway serving many users at once, most of their connections idle.

Each of USERS users (the simulator's generated user1..userN) opens IDLE_PER_USER connections that
log in, select INBOX and sit in IDLE, as a mail client left open does; then ACTIVE of those users
each run one more connection through the load row's mixed loop. Measured: resident memory per idle
connection (growth from before the idle connections to after, divided by their number), operations
per second of the active clients, errors (failed commands and idle connections that did not
survive), EWS calls, peak resident memory. Both memory readings follow a full collection asked of
the JVM (jcmd GC.run), so that they count what the connections hold, not garbage not yet collected.
"""

import shutil
import socket
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from .gateways import PASSWORD
from .imap import WorkloadFailed
from .processes import RssSampler
from .workloads import LoadClient, Meter

USERS = 200
IDLE_PER_USER = 2
ACTIVE = 20
MESSAGES = 20  # per user's Inbox: enough for the loop, few enough that every user's first SELECT is quick
SETUP_THREADS = 16
SIMULATOR_THREADS = 4 * USERS
SETTLE_SECONDS = 5


def seed():
    return "generated:%d:2:%d" % (USERS, MESSAGES)


def user(number):
    return "user%d@example.com" % number


class IdleConnection:
    """A raw IMAP connection: LOGIN, SELECT INBOX, IDLE; then it holds the socket and no thread."""

    def __init__(self, port, address, timeout):
        self._port = port
        self._user = address
        self._timeout = timeout
        self._sock = None
        self._buffer = b""

    def open(self):
        self._sock = socket.create_connection(("127.0.0.1", self._port), self._timeout)
        self._line()  # greeting
        self._command(b"a LOGIN %s %s" % (self._user.encode(), PASSWORD.encode()), b"a ")
        self._command(b"b SELECT INBOX", b"b ")
        self._sock.sendall(b"c IDLE\r\n")
        line = self._line()
        while not line.startswith(b"+"):
            if line.startswith(b"c "):
                raise WorkloadFailed("IDLE answered %r" % line[:100])
            line = self._line()

    def finish(self):
        """DONE, and the IDLE must complete OK: the connection survived the whole row."""
        self._sock.sendall(b"DONE\r\n")
        line = self._line()
        while not line.startswith(b"c "):
            line = self._line()
        if not line.startswith(b"c OK"):
            raise WorkloadFailed("IDLE ended with %r" % line[:100])
        self._sock.sendall(b"d LOGOUT\r\n")

    def close(self):
        if self._sock is not None:
            try:
                self._sock.close()
            except OSError:
                pass

    def _command(self, command, tag):
        self._sock.sendall(command + b"\r\n")
        line = self._line()
        while not line.startswith(tag):
            line = self._line()
        if not line.startswith(tag + b"OK"):
            raise WorkloadFailed("%s answered %r" % (command.split()[1].decode(), line[:100]))

    def _line(self):
        while b"\r\n" not in self._buffer:
            chunk = self._sock.recv(65536)
            if not chunk:
                raise WorkloadFailed("the gateway closed an idle connection")
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\r\n")
        return line


def settled_rss(process):
    """Resident memory after a full collection and a moment's rest."""
    jcmd = shutil.which("jcmd")
    if jcmd:
        subprocess.run([jcmd, str(process.pid), "GC.run"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=60, check=False)
    time.sleep(SETTLE_SECONDS)
    rss, _ = process.memory_mb()
    return rss


def run(simulator, gateway, config):
    port = gateway.imap_port
    process = gateway.process
    before = settled_rss(process)
    idle = [IdleConnection(port, user(n), config.command_timeout)
            for n in range(1, USERS + 1) for _ in range(IDLE_PER_USER)]
    failures = []
    meter = Meter(simulator, gateway)
    meter.start()

    def open_one(connection):
        try:
            connection.open()
            return True
        except (OSError, WorkloadFailed) as failure:
            failures.append(str(failure)[:120])
            return False

    with RssSampler(process) as sampler:
        with ThreadPoolExecutor(SETUP_THREADS) as pool:
            opened = sum(pool.map(open_one, idle))
        setup_seconds = time.monotonic() - meter.started_at
        with_idle = settled_rss(process)
        # The active clients: the first ACTIVE users, each on a further connection of their own.
        clients = [LoadClient(port, [1], n, config.command_timeout, user(n)) for n in range(1, ACTIVE + 1)]
        setup = [threading.Thread(target=lambda c=c: (c.open(), c.adopt_folder_uids()), daemon=True)
                 for c in clients]
        for thread in setup:
            thread.start()
        for thread in setup:
            thread.join(config.cap_seconds)
        load_started = time.monotonic()
        deadline = load_started + config.load_seconds
        threads = [threading.Thread(target=c.run, args=(deadline,), daemon=True) for c in clients]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(config.load_seconds + config.command_timeout + 5)
        load_seconds = time.monotonic() - load_started
        survivors = 0
        for connection in idle:
            try:
                connection.finish()
                survivors += 1
            except (OSError, WorkloadFailed) as failure:
                failures.append(str(failure)[:120])
        meter.stop()
    for connection in idle:
        connection.close()
    for client in clients:
        client.close()
    ops = sum(c.ops for c in clients)
    errors = sum(c.errors for c in clients) + (len(idle) - survivors)
    per_idle_kb = (with_idle - before) * 1024 / max(1, opened) if before and with_idle else None
    return meter.result({
        "users": USERS, "idleConnections": len(idle), "idleOpened": opened, "idleSurvived": survivors,
        "idleSetupSeconds": round(setup_seconds, 1), "rssBeforeIdleMb": round(before or 0, 1),
        "rssWithIdleMb": round(with_idle or 0, 1),
        "kbPerIdleConnection": round(per_idle_kb, 1) if per_idle_kb is not None else None,
        "activeClients": len(clients), "operations": ops, "errors": errors,
        "opsPerSecond": round(ops / load_seconds, 2) if load_seconds else None,
        "rowPeakRssMb": round(sampler.max_rss, 1),
        "errorSamples": sorted(set(failures) | {e for c in clients for e in c.error_texts})[:5]})
