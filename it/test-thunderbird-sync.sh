# Thunderbird syncs INBOX and a 2,000-message folder as a user's first start does: the headers
# when the folder opens, then every body for offline use; what it holds matches Exchange.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/thunderbird/lib.sh"

start_demo
start_thunderbird alice@example.com "Alice Archer"
thunderbird_python - "$MARIONETTE_PORT" "$SIM_URL" <<'PY'
import sys
import thunderbird
from ews import Ews

BULK = 2000
exchange = Ews(sys.argv[2], "alice@example.com", "demo")
bulk = exchange.create_folder("archive", "Mailing list")
exchange.save_messages(bulk, [(
    "From: List Robot <robot@lists.example.org>\r\nTo: alice@example.com\r\n"
    "Subject: Digest %d\r\nMessage-ID: <digest-%d@lists.example.org>\r\n"
    "Date: Mon, 1 Dec 2025 10:%02d:%02d +0000\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\nDigest number %d.\r\n" % (i, i, i // 60 % 60, i % 60, i)).encode()
    for i in range(BULK)])

tb = thunderbird.connect(int(sys.argv[1]), "alice@example.com", "demo")
tb.discover_folders()
for path, exchange_path in (("INBOX", "Inbox"), ("Archive/Mailing list", "Archive/Mailing list")):
    want = exchange.messages(exchange.folder_id(exchange_path))
    headers = thunderbird.timed(path + " headers", tb.sync_headers, path)
    assert len(headers) == len(want), (path, len(headers), len(want))
    assert {h["messageId"] for h in headers} == {w["message_id"].strip("<>") for w in want}, path
    unread = {w["message_id"].strip("<>") for w in want if not w["read"]}
    assert {h["messageId"] for h in headers if not h["read"]} == unread, path + ": unread state differs"
    assert not any(h["offline"] for h in headers) or path == "INBOX", path + ": bodies before they were asked for"
    bodies = thunderbird.timed(path + " bodies for offline", tb.download_for_offline, path)
    missing = [h["subject"] for h in bodies if not h["offline"]]
    assert not missing, (path, "not offline:", missing[:5])
    print("  %s: %d headers and bodies" % (path, len(bodies)))
digest = [h for h in tb.messages("Archive/Mailing list") if h["messageId"] == "digest-1999@lists.example.org"]
assert digest and digest[0]["subject"] == "Digest 1999", digest
tb.quit()
print("thunderbird: INBOX and a %d-message folder synced, headers then bodies" % BULK)
PY
