# Thunderbird saves a draft with an attachment to the account's Drafts folder (Exchange's Drafts,
# kept as a draft there), and the draft opens again in the compose window with its recipient, text
# and attachment.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/thunderbird/lib.sh"

start_demo
start_thunderbird alice@example.com "Alice Archer"
printf 'agenda: budget, hiring\n' >"$WORK/agenda.txt"
thunderbird_python - "$MARIONETTE_PORT" "$SIM_URL" "$WORK/agenda.txt" <<'PY'
import sys, time
import thunderbird
from ews import Ews, eventually

subject = "Offsite plan %d" % time.time_ns()
body = "Draft: the offsite is on the 12th.\r\nRooms still to book.\r\n"
tb = thunderbird.connect(int(sys.argv[1]), "alice@example.com", "demo")
tb.discover_folders()
thunderbird.timed("save draft", tb.compose, "draft", "Bob Baker <bob@example.com>", subject, body,
                               sys.argv[3])

alice = Ews(sys.argv[2], "alice@example.com", "demo")
drafts_id = alice.folder_id("Drafts")
saved = eventually("the draft in Drafts", lambda: [m for m in alice.messages(drafts_id) if m["subject"] == subject])
assert len(saved) == 1 and saved[0]["attachments"], saved

# Thunderbird opens Drafts itself after saving to learn the draft's UID; wait for that.
mine = tb.wait_for_message("Drafts", 30, subject=subject)
assert mine["subject"] == subject, mine
assert len([h for h in tb.messages("Drafts") if h["subject"] == subject]) == 1, tb.messages("Drafts")
reopened = thunderbird.timed("reopen draft", tb.reopen_draft, mine["messageId"])
assert reopened["subject"] == subject, reopened
assert reopened["to"] == "Bob Baker <bob@example.com>", reopened
assert reopened["body"].replace("\r\n", "\n").strip() == body.replace("\r\n", "\n").strip(), reopened["body"]
assert reopened["attachments"] == ["agenda.txt"], reopened
tb.quit()
print("thunderbird: draft saved in Drafts and reopened in the compose window with its text and attachment")
PY
