# A 50 MB message end to end with the gateway at -Xmx256m, three rounds in a row, while another
# client keeps working: Python's smtplib sends it to Exchange (the simulator, its own process),
# imaplib FETCHes it from Exchange (BODY[], BODYSTRUCTURE, ENVELOPE, BODY[HEADER], a part and a
# partial) and APPENDs it; every byte must match. The gateway must still be alive afterwards, and
# its log must show no OutOfMemoryError.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_simulator --set bridgehead.simulator.max.message.mb=128
IMAP_PORT=$(free_port); SMTP_PORT=$(free_port)
java -Xmx256m -jar "$JAR" run --set "bridgehead.ews.url=$SIM_URL" \
  --set "bridgehead.imap.port=$IMAP_PORT" --set "bridgehead.smtp.port=$SMTP_PORT" \
  --set "bridgehead.ldap.port=0" --set "bridgehead.caldav.port=0" \
  --set "bridgehead.cache.dir=$WORK/cache" >"$WORK/gateway.out" 2>&1 &
GATEWAY=$!
PIDS+=($GATEWAY)
wait_for_line "$WORK/gateway.out" 'imap listening on' 60
wait_for_line "$WORK/gateway.out" 'smtp listening on' 30

/usr/bin/python3 - "$SMTP_PORT" "$IMAP_PORT" <<'PY'
import email, email.policy, imaplib, random, re, smtplib, sys, threading, time
from email.message import EmailMessage

smtp_port, imap_port = int(sys.argv[1]), int(sys.argv[2])
USER, PASSWORD = "alice@example.com", "demo"
stop = threading.Event()
other = {"ok": 0, "failed": []}

def other_client():
    """A second client that keeps working (SELECT, FETCH FLAGS, NOOP) while the large messages pass."""
    try:
        imap = imaplib.IMAP4("127.0.0.1", imap_port)
        imap.login(USER, PASSWORD)
        while not stop.is_set():
            for command in (lambda: imap.select("INBOX", readonly=True),
                            lambda: imap.uid("FETCH", "1:*", "(FLAGS)"), lambda: imap.noop()):
                typ, data = command()
                if typ != "OK":
                    other["failed"].append((typ, data))
                other["ok"] += 1
            time.sleep(0.05)
        imap.logout()
    except Exception as e:  # the thread reports, the main thread asserts
        other["failed"].append(repr(e))

def large_message(round_no):
    rng = random.Random(round_no)
    payload = rng.randbytes(37 * 1024 * 1024)  # base64: about 50 MB on the wire
    message = EmailMessage()
    message["From"] = USER
    message["To"] = USER
    message["Subject"] = "large round %d %d" % (round_no, time.time_ns())
    message.set_content("The attachment is %d random bytes.\n" % len(payload))
    message.add_attachment(payload, maintype="application", subtype="octet-stream", filename="big.bin")
    return message, payload

def find(imap, subject):
    for attempt in range(100):
        typ, data = imap.uid("SEARCH", None, "SUBJECT", '"%s"' % subject)
        if data[0].split():
            return data[0].split()[-1]
        time.sleep(0.2)
    raise AssertionError("message %r never arrived" % subject)

def fetch(imap, uid, items):
    typ, data = imap.uid("FETCH", uid, items)
    assert typ == "OK", (typ, data)
    return data

def literal(data):
    for part in data:
        if isinstance(part, tuple):
            return part[1]
    raise AssertionError("no literal in %r" % (data,)[:500])

worker = threading.Thread(target=other_client)
worker.start()
try:
    for round_no in range(1, 4):
        message, payload = large_message(round_no)
        raw = message.as_bytes(policy=message.policy.clone(linesep="\r\n"))
        assert len(raw) > 50 * 1000 * 1000, len(raw)
        started = time.time()
        with smtplib.SMTP("127.0.0.1", smtp_port, timeout=300) as smtp:
            smtp.login(USER, PASSWORD)
            assert smtp.sendmail(USER, [USER], raw) == {}
        sent = time.time()

        imap = imaplib.IMAP4("127.0.0.1", imap_port, timeout=300)
        imap.login(USER, PASSWORD)
        imap.select("INBOX")
        uid = find(imap, message["Subject"])
        # The header fetch every client starts with, then the structure, then the whole message.
        header = literal(fetch(imap, uid, "(BODY.PEEK[HEADER])"))
        assert ("Subject: " + message["Subject"]).encode() in header, header[:300]
        structure = fetch(imap, uid, "(BODYSTRUCTURE ENVELOPE)")
        text = b" ".join(p if isinstance(p, bytes) else b" ".join(p) for p in structure).decode()
        assert '"APPLICATION" "OCTET-STREAM"' in text.upper() and "BASE64" in text.upper(), text[:500]
        assert message["Subject"] in text, text[:500]
        whole = literal(fetch(imap, uid, "(BODY.PEEK[])"))
        assert len(whole) >= len(raw) - 1024, "BODY[] is short: %d of %d bytes" % (len(whole), len(raw))
        received = email.message_from_bytes(whole, policy=email.policy.default)
        attachment = [p for p in received.iter_attachments()][0].get_content()
        assert attachment == payload, "attachment differs after the round trip"
        part = literal(fetch(imap, uid, "(BODY.PEEK[2]<1000.4096>)"))
        assert len(part) == 4096, len(part)
        fetched = time.time()

        # APPEND of the same 50 MB, then FETCH of what was stored.
        typ, data = imap.append("Drafts", None, None, whole)
        assert typ == "OK", (typ, data)
        appended_uid = re.search(rb"APPENDUID \d+ (\d+)", data[0]).group(1).decode()
        imap.select("Drafts", readonly=True)
        again = literal(fetch(imap, appended_uid, "(BODY.PEEK[])"))
        assert again == whole, "APPENDed message differs (%d against %d bytes)" % (len(again), len(whole))
        size = fetch(imap, appended_uid, "(RFC822.SIZE)")[0].decode()
        imap.logout()
        print("round %d: %d bytes; SMTP %.1f s, FETCH %.1f s, APPEND + FETCH %.1f s"
              % (round_no, len(whole), sent - started, fetched - sent, time.time() - fetched))
finally:
    stop.set()
    worker.join()
assert not other["failed"], other["failed"][:5]
assert other["ok"] > 0
print("other client: %d commands, all OK" % other["ok"])
PY

kill -0 "$GATEWAY" 2>/dev/null || fail "the gateway died"
if grep -q 'OutOfMemoryError' "$WORK/gateway.out"; then
  grep -n -m5 'OutOfMemoryError' "$WORK/gateway.out" >&2; fail "the gateway ran out of memory"
fi
echo "50 MB: SMTP, FETCH and APPEND byte-exact three times at -Xmx256m while another client worked"
