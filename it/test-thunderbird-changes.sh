# What a Thunderbird user does to mail reaches Exchange: a message read, one flagged, one moved to
# a subfolder and one deleted (to Deleted Items, Thunderbird's Trash); each change is checked in
# the simulator over EWS, not through the gateway.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/thunderbird/lib.sh"

start_demo
start_thunderbird alice@example.com "Alice Archer"
thunderbird_python - "$MARIONETTE_PORT" "$SIM_URL" <<'PY'
import sys
import thunderbird
from ews import Ews, eventually

exchange = Ews(sys.argv[2], "alice@example.com", "demo")
inbox_id = exchange.folder_id("Inbox")
def in_exchange(folder_id, message_id):
    return next((m for m in exchange.messages(folder_id) if m["message_id"] == "<%s>" % message_id), None)

tb = thunderbird.connect(int(sys.argv[1]), "alice@example.com", "demo")
tb.discover_folders()
inbox = tb.sync_headers("INBOX")
unread = [h for h in inbox if not h["read"] and not h["flagged"]]
assert len(unread) >= 4, inbox
read, flagged, moved, deleted = (h["messageId"] for h in unread[:4])

thunderbird.timed("mark read", tb.mark_read, "INBOX", read)
eventually("the message read", lambda: in_exchange(inbox_id, read)["read"])

thunderbird.timed("flag", tb.mark_flagged, "INBOX", flagged)
eventually("the message flagged", lambda: in_exchange(inbox_id, flagged)["flag"] == "Flagged")
assert not in_exchange(inbox_id, flagged)["read"], "flagging also marked the message read"

tb.sync_headers("INBOX/Projects/Bridgehead")
thunderbird.timed("move to INBOX/Projects/Bridgehead", tb.move, "INBOX", moved, "INBOX/Projects/Bridgehead")
target = exchange.folder_id("Inbox/Projects/Bridgehead")
eventually("the message moved", lambda: in_exchange(target, moved) and not in_exchange(inbox_id, moved))
# Thunderbird opens the target itself after a move (NOOP, FETCH of the new UIDs).
tb.wait_for_message("INBOX/Projects/Bridgehead", 30, message_id=moved)

tb.sync_headers("Deleted Items")
thunderbird.timed("delete", tb.delete, "INBOX", deleted)
trash = exchange.folder_id("Deleted Items")
eventually("the message in Deleted Items", lambda: in_exchange(trash, deleted) and not in_exchange(inbox_id, deleted))
tb.wait_until_gone("INBOX", deleted, 30)
tb.wait_for_message("Deleted Items", 30, message_id=deleted)
left = {h["messageId"] for h in tb.messages("INBOX")}
assert moved not in left and deleted not in left, "Thunderbird still shows a moved or deleted message in INBOX"
assert {m["message_id"].strip("<>") for m in exchange.messages(inbox_id)} == left, "INBOX differs from Exchange"
tb.quit()
print("thunderbird: read, flag, move and delete reached Exchange")
PY
