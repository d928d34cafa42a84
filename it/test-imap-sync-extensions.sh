# Python's imaplib (Debian's /usr/bin/python3) against `bridgehead demo`, over the EWS simulator:
# the sync extensions a client uses when offered. QRESYNC (a second connection expunges and
# flags; the first comes back with SELECT (QRESYNC ...) and learns exactly that), SEARCHRES ($),
# SORT and THREAD, and malformed arguments answered BAD on a connection that stays usable.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_demo
/usr/bin/python3 - "$IMAP_PORT" <<'PY'
import imaplib, re, sys
port = int(sys.argv[1])

def login():
    imap = imaplib.IMAP4("127.0.0.1", port)
    imap.login("alice@example.com", "demo")
    return imap

def untagged(imap, name):
    return [bytes(d) for d in imap.untagged_responses.pop(name, [])]

first = login()
caps = first.capability()[1][0].split()
for cap in (b"QRESYNC", b"CONDSTORE", b"SEARCHRES", b"SORT", b"SORT=DISPLAY", b"THREAD=REFERENCES",
            b"THREAD=ORDEREDSUBJECT", b"ESEARCH"):
    assert cap in caps, (cap, caps)
typ, data = first._simple_command("ENABLE", "QRESYNC")
assert typ == "OK" and untagged(first, "ENABLED") == [b"QRESYNC"], (typ, data)
typ, data = first.select("INBOX")
uidvalidity = int(untagged(first, "UIDVALIDITY")[0])
modseq = int(untagged(first, "HIGHESTMODSEQ")[0])
typ, data = first.uid("SEARCH", None, "ALL")
uids = [int(u) for u in data[0].split()]
assert len(uids) >= 20, uids
first.logout()

# Meanwhile another client expunges two messages and flags a third.
other = login()
other.select("INBOX")
gone = [uids[1], uids[3]]
other.uid("STORE", "%d,%d" % tuple(gone), "+FLAGS.SILENT", "(\\Deleted)")
assert other.uid("EXPUNGE", "%d,%d" % tuple(gone))[0] == "OK"
assert other.uid("STORE", str(uids[2]), "+FLAGS", "(\\Flagged)")[0] == "OK"
other.logout()

back = login()
back._simple_command("ENABLE", "QRESYNC")
typ, data = back._simple_command("SELECT", "INBOX (QRESYNC (%d %d))" % (uidvalidity, modseq))
assert typ == "OK", (typ, data)
back.state = "SELECTED"  # imaplib's select() knows no QRESYNC parameters
vanished = untagged(back, "VANISHED")
assert vanished == [b"(EARLIER) %d,%d" % tuple(gone)] or vanished == [b"(EARLIER) %d:%d" % tuple(gone)], vanished
fetches = untagged(back, "FETCH")
assert len(fetches) == 1 and b"UID %d" % uids[2] in fetches[0] and b"\\Flagged" in fetches[0], fetches

# SEARCHRES: the saved result feeds the next commands.
typ, data = back._simple_command("SEARCH", "RETURN (SAVE) FLAGGED")
assert typ == "OK" and not untagged(back, "ESEARCH"), data
typ, data = back.uid("FETCH", "$", "(UID)")
assert any(b"UID %d" % uids[2] in bytes(d) for d in data if d), data

# SORT and THREAD.
typ, data = back.sort("(REVERSE DATE)", "UTF-8", "ALL")
order = data[0].split()
assert typ == "OK" and len(order) == len(uids) - 2, data
typ, data = back.uid("SORT", "(SUBJECT)", "UTF-8", "ALL")
assert typ == "OK" and len(data[0].split()) == len(uids) - 2, data
typ, data = back.thread("REFERENCES", "UTF-8", "ALL")
assert typ == "OK" and data[0].startswith(b"("), data
numbers = [int(n) for n in re.findall(rb"\d+", data[0])]
assert sorted(numbers) == list(range(1, len(uids) - 1)), numbers
typ, data = back.thread("ORDEREDSUBJECT", "UTF-8", "ALL")
assert typ == "OK" and data[0].startswith(b"("), data

# Malformed arguments: BAD with a reason, the connection stays usable.
for bad in (b"SORT () UTF-8 ALL", b"THREAD NOSUCH UTF-8 ALL", b"UID FETCH 1:* FLAGS (VANISHED)",
            b"SELECT INBOX (QRESYNC (x))", b"FETCH $,1 FLAGS"):
    tag = back._new_tag()
    back.send(tag + b" " + bad + b"\r\n")
    line = back.readline()
    while line.startswith(b"* "):
        line = back.readline()
    assert line.startswith(tag + b" BAD "), (bad, line)
assert back.noop()[0] == "OK"
back.logout()
print("imaplib sync extensions OK: QRESYNC resync of %d messages, SEARCHRES, SORT, THREAD" % len(uids))
PY
