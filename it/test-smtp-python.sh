# Python's smtplib (Debian's /usr/bin/python3) sending through `bridgehead demo` as a script would:
# To bob, Cc an outside address and a Bcc to alice herself, which smtplib gives in the envelope
# only. Over the gateway's IMAP: bob and alice each got the message once, neither copy shows the
# Bcc, and alice's Sent copy keeps it. Sending the same message again is not delivered twice.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_demo
/usr/bin/python3 - "$SMTP_PORT" "$IMAP_PORT" <<'PY'
import email, email.policy, imaplib, smtplib, sys, time
from email.message import EmailMessage
from email.utils import make_msgid

smtp_port, imap_port = int(sys.argv[1]), int(sys.argv[2])
subject = "smtplib with Bcc %d" % time.time_ns()
message = EmailMessage()
message["From"] = "Alice Archer <alice@example.com>"
message["To"] = "Bob Baker <bob@example.com>"
message["Cc"] = "carol@partner.example"
message["Bcc"] = "alice@example.com"
message["Subject"] = subject
message["Message-ID"] = make_msgid(domain="client.example")
message.set_content("Minutes attached in spirit.\n")

with smtplib.SMTP("127.0.0.1", smtp_port, timeout=60) as smtp:
    smtp.ehlo("client.example")
    assert smtp.has_extn("auth") and smtp.has_extn("size"), smtp.esmtp_features
    smtp.login("alice@example.com", "demo")
    refused = smtp.send_message(message)  # sends Bcc in the envelope only
    assert refused == {}, refused
    # A client that lost the reply sends the same message again: acknowledged, not sent twice.
    assert smtp.send_message(message) == {}
    try:
        smtp.sendmail("bob@example.com", ["bob@example.com"], b"From: bob@example.com\r\nSubject: x\r\n\r\nx\r\n")
        raise AssertionError("sending as bob was accepted")
    except smtplib.SMTPDataError as e:
        assert e.smtp_code == 550 and e.smtp_error.startswith(b"5.7.1"), (e.smtp_code, e.smtp_error)

def fetch_all(user, folder):
    imap = imaplib.IMAP4("127.0.0.1", imap_port)
    imap.login(user, "demo")
    imap.select('"%s"' % folder, readonly=True)
    messages = []
    for attempt in range(50):
        typ, data = imap.uid("SEARCH", None, "SUBJECT", '"%s"' % subject)
        uids = data[0].split()
        if uids:
            break
        time.sleep(0.2)
    for uid in uids:
        typ, data = imap.uid("FETCH", uid, "(BODY.PEEK[])")
        messages.append(email.message_from_bytes(data[0][1], policy=email.policy.default))
    imap.logout()
    return messages

def sent_folder(user):
    imap = imaplib.IMAP4("127.0.0.1", imap_port)
    imap.login(user, "demo")
    typ, folders = imap.list('""', '"*"')
    imap.logout()
    for line in folders:
        if b"\\Sent" in line:
            return line.rsplit(b' "/" ', 1)[-1].decode().strip('"')
    raise AssertionError("no \\Sent folder in %r" % folders)

for user in ("bob@example.com", "alice@example.com"):
    received = fetch_all(user, "INBOX")
    assert len(received) == 1, (user, len(received))
    assert received[0]["Bcc"] is None, (user, received[0]["Bcc"])
    assert received[0]["Cc"] == "carol@partner.example", received[0]["Cc"]
    assert received[0]["Message-ID"] == message["Message-ID"], received[0]["Message-ID"]

sent = fetch_all("alice@example.com", sent_folder("alice@example.com"))
assert len(sent) == 1, len(sent)
assert sent[0]["Bcc"] == "alice@example.com", sent[0]["Bcc"]
print("smtplib: To, Cc and envelope-only Bcc sent once; Bcc hidden from recipients, kept in Sent")
PY
