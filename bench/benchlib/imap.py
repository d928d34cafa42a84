"""The measuring IMAP client: python's imaplib plus what it lacks (IDLE, UID set syntax, LIST parsing)."""

import imaplib
import re
import socket
import threading
import time

from .gateways import PASSWORD, USER

# Thunderbird's header fetch when it first opens a folder.
HEADER_FETCH = ("(UID RFC822.SIZE FLAGS BODY.PEEK[HEADER.FIELDS "
                "(From To Cc Subject Date Message-ID References Content-Type)])")

# imaplib refuses lines longer than this; a header fetch of big threads has long References lines.
imaplib._MAXLINE = 10_000_000


class WorkloadFailed(Exception):
    pass


def connect(port, timeout, user=USER):
    client = imaplib.IMAP4("127.0.0.1", port, timeout=timeout)
    ok(client.login(user, PASSWORD), "LOGIN")
    return client


def ok(response, what):
    typ, data = response
    if typ != "OK":
        detail = b" ".join(d if isinstance(d, bytes) else b"" for d in data).decode("utf-8", "replace")
        raise WorkloadFailed("%s answered %s %s" % (what, typ, detail[:200]))
    return data


def close(client):
    try:
        client.logout()
    except (imaplib.IMAP4.error, OSError):
        pass


def abort(client):
    """Breaks a connection from another thread, ending whatever command waits on it."""
    try:
        client.sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def uid_set(uids):
    """Compact IMAP sequence set: [1,2,3,7] -> '1:3,7'."""
    ranges = []
    for uid in sorted(uids):
        if ranges and uid == ranges[-1][1] + 1:
            ranges[-1][1] = uid
        else:
            ranges.append([uid, uid])
    return ",".join(str(a) if a == b else "%d:%d" % (a, b) for a, b in ranges)


_UID = re.compile(rb"UID (\d+)")


def fetched_uids(data):
    """UIDs named in a FETCH response as imaplib returns it (bytes lines and (head, literal) pairs)."""
    uids = set()
    for item in data:
        head = item[0] if isinstance(item, tuple) else item
        if isinstance(head, bytes):
            match = _UID.search(head)
            if match:
                uids.add(int(match.group(1)))
    return sorted(uids)


def literal_bytes(data):
    return sum(len(item[1]) for item in data if isinstance(item, tuple))


_LIST = re.compile(rb'^\((?P<flags>[^)]*)\) (?P<delim>NIL|"(?:[^"\\]|\\.)*") (?P<name>.*)$')


def folder_names(data):
    """Mailbox names from LIST responses (quoted, atom or literal names)."""
    names = []
    for item in data:
        if isinstance(item, tuple):
            names.append(item[1].decode("utf-8", "replace"))
            continue
        if not isinstance(item, bytes):
            continue
        match = _LIST.match(item)
        if not match:
            continue
        name = match.group("name")
        if name.startswith(b'"'):
            name = re.sub(rb"\\(.)", rb"\1", name[1:-1])
        names.append(name.decode("utf-8", "replace"))
    return names


def status_messages(data):
    """The MESSAGES count of a STATUS response, or None if absent."""
    for item in data:
        match = re.search(rb"MESSAGES (\d+)", item if isinstance(item, bytes) else b"")
        if match:
            return int(match.group(1))
    return None


def quoted(name):
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def exists_count(client):
    data = client.untagged_responses.get("EXISTS") or [b"0"]
    return int(data[-1])


class IdleWatcher:
    """Holds one IMAP connection in IDLE and timestamps every '* N EXISTS' the server sends."""

    TAG = b"B1"

    def __init__(self, client, read_timeout):
        self._client = client
        self._events = []
        self._lock = threading.Lock()
        self._client.sock.settimeout(read_timeout)
        self._client.send(self.TAG + b" IDLE\r\n")
        first = self._client.readline()
        if not first.startswith(b"+"):
            raise WorkloadFailed("IDLE answered " + first.decode("utf-8", "replace").strip()[:200])
        self._thread = threading.Thread(target=self._read, name="idle-reader", daemon=True)
        self._thread.start()

    def _read(self):
        try:
            while True:
                line = self._client.readline()
                if not line or line.startswith(self.TAG + b" "):
                    return
                match = re.match(rb"\* (\d+) EXISTS", line)
                if match:
                    with self._lock:
                        self._events.append((time.monotonic(), int(match.group(1))))
        except OSError:
            return

    def first_time_at_least(self, count):
        with self._lock:
            for at, exists in self._events:
                if exists >= count:
                    return at
        return None

    def done(self):
        try:
            self._client.send(b"DONE\r\n")
        except OSError:
            pass
        self._thread.join(10)
