# swaks, the SMTP test tool, sending through `bridgehead demo` as alice: AUTH PLAIN, AUTH LOGIN and a
# message with an attachment, each to bob; then bob's INBOX, read over the gateway's IMAP with
# Python's imaplib, must hold all three, the attachment byte for byte. A wrong password gets 535.
# A message whose headers name bob and alice but whose envelope names bob only reaches bob only.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_demo
RUN="swaks-$$-$(date +%s)"
head -c 300000 /dev/urandom >"$WORK/report.bin"

send() {
  swaks --server "127.0.0.1:$SMTP_PORT" --timeout 60 --auth-user alice@example.com --auth-password demo \
    --from alice@example.com --to bob@example.com "$@" >"$WORK/swaks.out" 2>&1 \
    || { cat "$WORK/swaks.out"; fail "swaks $* failed"; }
  grep -q '^<-  250 2.0.0 OK queued as' "$WORK/swaks.out" || { cat "$WORK/swaks.out"; fail "no 250 after DATA"; }
}

send --auth PLAIN --header "Subject: $RUN plain" --body "Sent with AUTH PLAIN"
send --auth LOGIN --header "Subject: $RUN login" --body "Sent with AUTH LOGIN"
send --auth PLAIN --header "Subject: $RUN attachment" --body "The report is attached." \
  --attach-type application/octet-stream --attach "$WORK/report.bin"

send --auth PLAIN --header "Subject: $RUN subset" --header "To: Bob Baker <bob@example.com>" \
  --header "Cc: Alice Archer <alice@example.com>" --body "For bob alone, whatever the headers say"

if swaks --server "127.0.0.1:$SMTP_PORT" --timeout 60 --auth PLAIN --auth-user alice@example.com \
    --auth-password wrong --from alice@example.com --to bob@example.com >"$WORK/wrong.out" 2>&1; then
  fail "a wrong password was accepted"
fi
grep -qE '^<\*\* +535 5.7.8' "$WORK/wrong.out" || { cat "$WORK/wrong.out"; fail "wrong password did not get 535 5.7.8"; }

/usr/bin/python3 - "$IMAP_PORT" "$RUN" "$WORK/report.bin" <<'PY'
import email, email.policy, imaplib, sys, time
port, run, attachment = int(sys.argv[1]), sys.argv[2], open(sys.argv[3], "rb").read()
imap = imaplib.IMAP4("127.0.0.1", port)
imap.login("bob@example.com", "demo")
imap.select("INBOX", readonly=True)
found = {}
for attempt in range(50):
    for kind in ("plain", "login", "attachment"):
        typ, data = imap.uid("SEARCH", None, "SUBJECT", '"%s %s"' % (run, kind))
        if data[0].split():
            found[kind] = data[0].split()
    if len(found) == 3:
        break
    time.sleep(0.2)
    imap.noop()
assert sorted(found) == ["attachment", "login", "plain"], found
assert all(len(uids) == 1 for uids in found.values()), found
for attempt in range(50):
    typ, data = imap.uid("SEARCH", None, "SUBJECT", '"%s subset"' % run)
    if data[0].split():
        break
    time.sleep(0.2)
    imap.noop()
subset = data[0].split()
assert len(subset) == 1, subset
typ, data = imap.uid("FETCH", subset[0], "(BODY.PEEK[HEADER.FIELDS (CC)])")
# Exchange writes To and Cc from the recipients it sends to: the Cc naming alice, not sent to, goes.
assert b"alice@example.com" not in data[0][1], data
typ, data = imap.uid("FETCH", found["attachment"][0], "(BODY.PEEK[])")
message = email.message_from_bytes(data[0][1], policy=email.policy.default)
parts = [p for p in message.iter_attachments()]
assert len(parts) == 1, [p.get_content_type() for p in parts]
assert parts[0].get_filename() == "report.bin", parts[0].get_filename()
assert parts[0].get_content() == attachment, "attachment differs"
imap.logout()
alice = imaplib.IMAP4("127.0.0.1", port)
alice.login("alice@example.com", "demo")
alice.select("INBOX", readonly=True)
typ, data = alice.uid("SEARCH", None, "SUBJECT", '"%s subset"' % run)
assert data[0].split() == [], "alice is in the Cc header but not in the envelope, yet got it: %r" % data
alice.logout()
print("swaks: PLAIN, LOGIN and an attachment of %d bytes arrived at bob;"
      " a Cc the envelope left out got nothing" % len(attachment))
PY
