# A message delivered to Exchange (the simulator's inbound SMTP) reaches Thunderbird while it sits
# in INBOX, through IDLE: nothing asks Thunderbird to check for mail, and its own check runs only
# every 10 minutes, far beyond the wait.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/thunderbird/lib.sh"

start_demo
start_thunderbird alice@example.com "Alice Archer"
thunderbird_python - "$MARIONETTE_PORT" "$SMTP_IN_PORT" "$TB_IMAP_LOG" <<'PY'
import re, smtplib, sys, time
import thunderbird

tb = thunderbird.connect(int(sys.argv[1]), "alice@example.com", "demo")
tb.discover_folders()
tb.sync_headers("INBOX")
# Thunderbird goes IDLE once INBOX is open and its new bodies are fetched; deliver after that.
deadline = time.monotonic() + 30
while not re.search(rb"S-INBOX:SendData: \d+ IDLE", open(sys.argv[3], "rb").read()):
    assert time.monotonic() < deadline, "Thunderbird never sent IDLE in INBOX"
    time.sleep(0.1)

message_id = "idle-%d@partner.example.net" % time.time_ns()
with smtplib.SMTP("127.0.0.1", int(sys.argv[2])) as smtp:
    smtp.sendmail("carol@partner.example.net", ["alice@example.com"],
                  ("From: Carol <carol@partner.example.net>\r\nTo: alice@example.com\r\n"
                   "Subject: Pushed to you\r\nMessage-ID: <%s>\r\n\r\nHello over IDLE.\r\n" % message_id).encode())
delivered = time.monotonic()
arrived = tb.wait_for_message("INBOX", 30, message_id=message_id)
latency = time.monotonic() - delivered
assert arrived["subject"] == "Pushed to you" and not arrived["read"], arrived
tb.quit()
print("thunderbird: a delivered message appeared in INBOX after %.1fs without a check for mail" % latency)
PY
