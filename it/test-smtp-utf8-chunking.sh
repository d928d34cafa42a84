# SMTPUTF8 (RFC 6531) and CHUNKING (RFC 3030) through `bridgehead demo`. Python's smtplib (Debian's
# /usr/bin/python3) sends with SMTPUTF8 to bob and to a UTF-8 address outside, with raw UTF-8 in its
# headers; then a raw-socket client (smtplib has no BDAT) sends a message in three BDAT chunks,
# the second pipelined with the first, to bob only while its Cc header names alice. Over the
# gateway's IMAP: bob got both, the chunked one byte for byte but for the Cc header that named alice
# (Exchange writes To and Cc from the recipients it sends to); alice's INBOX got neither.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_demo
/usr/bin/python3 - "$SMTP_PORT" "$IMAP_PORT" <<'PY'
import base64, email, email.policy, imaplib, smtplib, socket, sys, time
from email.message import EmailMessage
from email.utils import make_msgid

smtp_port, imap_port = int(sys.argv[1]), int(sys.argv[2])
run = "utf8-chunking %d" % time.time_ns()

# SMTPUTF8 with smtplib: UTF-8 in the Subject and an internationalized recipient address.
message = EmailMessage(policy=email.policy.SMTPUTF8)
message["From"] = "Alice Archer <alice@example.com>"
message["To"] = "Bob Baker <bob@example.com>, Jürgen <jürgen@bücher.example>"
message["Subject"] = run + " Grüße aus Köln"
message["Message-ID"] = make_msgid(domain="client.example")
message.set_content("Schöne Grüße\n", cte="8bit")
with smtplib.SMTP("127.0.0.1", smtp_port, timeout=60) as smtp:
    smtp.ehlo("client.example")
    assert smtp.has_extn("smtputf8") and smtp.has_extn("chunking"), smtp.esmtp_features
    smtp.login("alice@example.com", "demo")
    assert smtp.send_message(message) == {}  # smtplib adds SMTPUTF8 for the non-ASCII address
    code, reply = smtp.mail("jürgen@bücher.example".encode("utf-8").decode("latin-1"))
    assert code == 553 and reply.startswith(b"5.6.7"), (code, reply)  # without SMTPUTF8: refused

# BDAT over a raw socket.
def reply(stream):
    lines = []
    while True:
        line = stream.readline()
        assert line, "connection closed after %r" % lines
        lines.append(line)
        if line[3:4] != b"-":
            return int(line[:3]), b"".join(lines)

chunked = ("From: Alice Archer <alice@example.com>\r\nTo: Bob Baker <bob@example.com>\r\n"
           "Cc: Alice Archer <alice@example.com>\r\nSubject: %s chunked\r\nMessage-ID: %s\r\n"
           "Date: Thu, 03 Dec 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           ".a line that starts with a dot\r\n.\r\nnot the end: BDAT has no dot handling\r\n" % (run, make_msgid(domain="client.example"))
           ).encode("ascii") + "Ünïcödé\r\n".encode("utf-8") * 500
pieces = [chunked[:100], chunked[100:3000], chunked[3000:]]
with socket.create_connection(("127.0.0.1", smtp_port), timeout=60) as s:
    stream = s.makefile("rb")
    assert reply(stream)[0] == 220
    s.sendall(b"EHLO client.example\r\n")
    code, text = reply(stream)
    assert code == 250 and b"CHUNKING" in text, text
    s.sendall(b"AUTH PLAIN " + base64.b64encode(b"\0alice@example.com\0demo") + b"\r\n")
    assert reply(stream)[0] == 235
    s.sendall(b"MAIL FROM:<alice@example.com>\r\nRCPT TO:<bob@example.com>\r\n"
              + b"BDAT %d\r\n" % len(pieces[0]) + pieces[0] + b"BDAT %d\r\n" % len(pieces[1]) + pieces[1])
    for expected in (250, 250, 250, 250):
        code, text = reply(stream)
        assert code == expected, text
    s.sendall(b"BDAT %d LAST\r\n" % len(pieces[2]) + pieces[2])
    code, text = reply(stream)
    assert code == 250 and b"queued as" in text, text
    s.sendall(b"QUIT\r\n")
    assert reply(stream)[0] == 221

def find(user, subject):
    imap = imaplib.IMAP4("127.0.0.1", imap_port)
    imap.login(user, "demo")
    imap.select("INBOX", readonly=True)
    for attempt in range(50):
        typ, data = imap.uid("SEARCH", None, "SUBJECT", '"%s"' % subject)
        if data[0].split() or user != "bob@example.com":
            break
        time.sleep(0.2)
        imap.noop()
    bodies = []
    for uid in data[0].split():
        typ, fetched = imap.uid("FETCH", uid, "(BODY.PEEK[])")
        bodies.append(fetched[0][1])
    imap.logout()
    return bodies

utf8 = find("bob@example.com", run + " Gr")
assert len(utf8) == 1, len(utf8)
received = email.message_from_bytes(utf8[0], policy=email.policy.default)
assert received["Subject"] == run + " Grüße aus Köln", received["Subject"]
assert received.get_content().rstrip() == "Schöne Grüße", repr(received.get_content())
chunked_at_bob = find("bob@example.com", run + " chunked")
# Exchange writes the To and Cc headers from the recipients it sends to: alice's Cc goes, nothing else changes.
expected = chunked.replace(b"Cc: Alice Archer <alice@example.com>\r\n", b"")
assert chunked_at_bob == [expected], "the chunked message changed on the way: %r" % [b[:400] for b in chunked_at_bob]
assert find("alice@example.com", run) == [], "alice is only in a header, yet got a copy"
print("SMTPUTF8 and BDAT: UTF-8 headers and addresses accepted, %d chunked bytes arrived intact,"
      " envelope-only delivery" % len(chunked))
PY
