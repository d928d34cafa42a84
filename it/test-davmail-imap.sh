# DavMail 6 in EWS mode and Bridgehead, side by side on the same simulator, serve the same
# mailbox: the same Inbox messages (by Message-ID) and the same bytes for one of them.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_demo
davmail=$(free_port)
start_davmail "$davmail"

/usr/bin/python3 - "$IMAP_PORT" "$davmail" <<'PY'
import imaplib, sys, email

def inbox(port):
    imap = imaplib.IMAP4("127.0.0.1", int(port))
    imap.login("alice@example.com", "demo")
    imap.select("INBOX", readonly=True)
    typ, data = imap.fetch("1:*", "(BODY.PEEK[HEADER.FIELDS (Message-ID)])")
    ids = sorted(email.message_from_bytes(d[1])["Message-ID"] for d in data if isinstance(d, tuple))
    typ, data = imap.fetch("1", "(BODY.PEEK[])")
    first = data[0][1]
    imap.logout()
    return ids, first

ours, our_first = inbox(sys.argv[1])
theirs, their_first = inbox(sys.argv[2])
assert len(ours) >= 20, len(ours)
assert ours == theirs, ("different Inbox contents", len(ours), len(theirs))
assert email.message_from_bytes(our_first)["Message-ID"] == email.message_from_bytes(their_first)["Message-ID"]
print("Bridgehead and DavMail both serve %d Inbox messages" % len(ours))
PY
