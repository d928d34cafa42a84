# DavMail 6 in EWS mode (Debian package davmail-server) against the simulator: IMAP LOGIN and
# LIST "" "*" through DavMail must show alice's folder tree. This is the fidelity bar for the
# simulator: a real, unmodified EWS client.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_simulator
imap=$(free_port)
start_davmail "$imap"

/usr/bin/python3 - "$imap" >"$WORK/list.txt" <<'PY' || { cat "$WORK/davmail.log" >&2 || true; fail "imap session through DavMail failed"; }
import imaplib, sys
imap = imaplib.IMAP4("127.0.0.1", int(sys.argv[1]))
imap.login("alice@example.com", "demo")
typ, folders = imap.list('""', '"*"')
assert typ == "OK", typ
for f in folders:
    print(f.decode("utf-8", "replace"))
imap.logout()
PY
cat "$WORK/list.txt"
for name in INBOX Drafts Sent Trash Projects; do
  grep -q "$name" "$WORK/list.txt" || fail "LIST through DavMail lacks $name"
done
echo "DavMail listed $(wc -l <"$WORK/list.txt") folders for alice"
