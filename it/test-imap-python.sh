# Python's imaplib (Debian's /usr/bin/python3) against `bridgehead demo`: the session a script
# or a simple client runs, including a malformed command that must get BAD and leave the
# connection usable, and APPEND then FETCH returning the same bytes.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_demo
/usr/bin/python3 - "$IMAP_PORT" <<'PY'
import imaplib, sys, time
port = int(sys.argv[1])
imap = imaplib.IMAP4("127.0.0.1", port)
typ, caps = imap.capability()
for cap in (b"IDLE", b"UIDPLUS", b"MOVE", b"SPECIAL-USE"):
    assert cap in caps[0], (cap, caps)
imap.login("alice@example.com", "demo")

typ, folders = imap.list('""', '"*"')
names = b"\n".join(folders)
assert b'"INBOX"' in names and b"\\Sent" in names and b"\\Trash" in names, names

typ, data = imap.select("INBOX")
count = int(data[0])
assert count >= 20, count
typ, data = imap.uid("FETCH", "1:*", "(UID FLAGS RFC822.SIZE BODY.PEEK[HEADER.FIELDS (From Subject Message-ID)])")
headers = [d for d in data if isinstance(d, tuple)]
assert len(headers) == count, (len(headers), count)

# A malformed command gets BAD with a reason and the connection stays usable.
tag = imap._new_tag()
imap.send(tag + b" FETCH (((\r\n")
line = imap.readline()
assert line.startswith(tag + b" BAD"), line
assert imap.noop()[0] == "OK"

# APPEND, then FETCH BODY[] of the new UID returns the same bytes.
message = ("From: Alice Archer <alice@example.com>\r\nTo: bob@example.com\r\n"
           "Subject: imaplib round trip \u00e9\r\nMessage-ID: <it-python-%d@example.com>\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\nR\u00e9sum\u00e9 line one\r\nline two\r\n" % time.time_ns()).encode()
typ, data = imap.append("INBOX", "(\\Seen)", None, message)
assert typ == "OK" and b"APPENDUID" in data[0], data
uid = data[0].split(b"APPENDUID ")[1].split(b"]")[0].split()[1].decode()
typ, data = imap.uid("FETCH", uid, "(BODY.PEEK[] RFC822.SIZE FLAGS)")
assert data[0][1] == message, "content differs after APPEND"
envelope = data[0][0] + b"".join(d for d in data[1:] if isinstance(d, bytes))
assert b"RFC822.SIZE %d" % len(message) in envelope, envelope

typ, data = imap.uid("STORE", uid, "+FLAGS", "(\\Flagged $Forwarded)")
assert typ == "OK", data
typ, data = imap.uid("SEARCH", None, "FLAGGED")
assert uid.encode() in data[0].split(), data
typ, data = imap.uid("MOVE", uid, "Archive")
assert typ == "OK", data
imap.logout()
print("imaplib session OK: %d messages in INBOX" % count)
PY
