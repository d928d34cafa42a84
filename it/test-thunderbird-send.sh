# Thunderbird sends a message with an attachment over the gateway's SMTP: bob receives it with the
# attachment, and alice's Sent Items holds it exactly once (Exchange keeps the copy; the profile,
# as the README says, lets no second copy be appended).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/thunderbird/lib.sh"

start_demo
start_thunderbird alice@example.com "Alice Archer"
printf 'quarter,revenue\nQ1,1200\nQ2,1350\n' >"$WORK/q2-figures.csv"
thunderbird_python - "$MARIONETTE_PORT" "$SIM_URL" "$WORK/q2-figures.csv" <<'PY'
import sys, time
import thunderbird
from ews import Ews, eventually

subject = "Q2 figures %d" % time.time_ns()
tb = thunderbird.connect(int(sys.argv[1]), "alice@example.com", "demo")
tb.discover_folders()
message_id = thunderbird.timed("send with attachment", tb.compose, "now", "Bob Baker <bob@example.com>", subject,
                               "Hi Bob,\r\n\r\nthe figures are attached.\r\n\r\nAlice\r\n", sys.argv[3])
assert message_id, "Thunderbird reported no Message-ID"

bob = Ews(sys.argv[2], "bob@example.com", "demo")
bob_inbox = bob.folder_id("Inbox")
received = eventually("the message in bob's Inbox",
                      lambda: [m for m in bob.messages(bob_inbox) if m["subject"] == subject])
assert len(received) == 1, received
assert received[0]["attachments"], received
assert bob.attachment_names(received[0]["id"]) == ["q2-figures.csv"], bob.attachment_names(received[0]["id"])

alice = Ews(sys.argv[2], "alice@example.com", "demo")
sent_id = alice.folder_id("Sent Items")
eventually("the copy in Sent Items", lambda: [m for m in alice.messages(sent_id) if m["subject"] == subject])
time.sleep(2)  # a second copy, were Thunderbird to append one, would be on its way by now
copies = [m for m in alice.messages(sent_id) if m["subject"] == subject]
assert len(copies) == 1, "Sent Items holds %d copies" % len(copies)
in_thunderbird = [h for h in tb.sync_headers("Sent Items") if h["subject"] == subject]
assert len(in_thunderbird) == 1 and in_thunderbird[0]["attachment"], in_thunderbird
tb.quit()
print("thunderbird: sent with an attachment, delivered to bob, one copy in Sent Items")
PY
