# Thunderbird (Debian's thunderbird, headless, driven over Marionette) with the account exactly as
# the README sets it up: it logs in, discovers every folder of the Exchange mailbox and gives the
# special ones their roles (Inbox, Sent, Drafts, Trash, Junk) and no other folder a role.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/thunderbird/lib.sh"

start_demo
start_thunderbird alice@example.com "Alice Archer"
thunderbird_python - "$MARIONETTE_PORT" "$SIM_URL" <<'PY'
import sys
import thunderbird
from ews import Ews

tb = thunderbird.connect(int(sys.argv[1]), "alice@example.com", "demo")
folders = thunderbird.timed("folder discovery", tb.discover_folders)
found = {f["path"]: f["special"] for f in folders}

# Every mail folder Exchange has, under the name Exchange gives it (INBOX as IMAP names it).
expected = {p.replace("Inbox", "INBOX", 1) if p.split("/")[0] == "Inbox" else p
            for p in Ews(sys.argv[2], "alice@example.com", "demo").folders()}
# Journal and Notes hold no mail: the gateway does not list them.
expected -= {"Journal", "Notes"}
assert set(found) == expected, ("missing", sorted(expected - set(found)), "extra", sorted(set(found) - expected))

roles = {path: special for path, special in found.items() if special}
assert roles == {"INBOX": ["Inbox"], "Sent Items": ["SentMail"], "Drafts": ["Drafts"],
                 "Deleted Items": ["Trash"], "Junk Email": ["Junk"]}, roles
assert "INBOX/Réunions" in found, "a non-ASCII folder name (modified UTF-7 on the wire) came out wrong"
tb.quit()
print("thunderbird: %d folders discovered, special uses %s" % (len(found), roles))
PY
