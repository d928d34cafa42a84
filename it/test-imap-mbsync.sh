# mbsync (isync) mirrors alice's mailbox through `bridgehead demo` to a Maildir, then pushes a
# local change back: a flag set on one message and a new message in the Maildir Inbox must
# reach the server.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_demo
mkdir -p "$WORK/mail"
cat >"$WORK/mbsyncrc" <<CONF
IMAPAccount alice
Host 127.0.0.1
Port $IMAP_PORT
User alice@example.com
Pass demo
SSLType None
AuthMechs LOGIN
Timeout 60

IMAPStore remote
Account alice

MaildirStore local
Path $WORK/mail/
Inbox $WORK/mail/INBOX
SubFolders Verbatim

Channel alice
Far :remote:
Near :local:
Patterns *
Create Near
Sync All
SyncState *
CONF

mbsync -c "$WORK/mbsyncrc" alice >"$WORK/first.txt" 2>&1 || { cat "$WORK/first.txt"; fail "first mbsync failed"; }
inbox=$(ls "$WORK/mail/INBOX/cur" "$WORK/mail/INBOX/new" | grep -c ',' || true)
[ "$inbox" -ge 20 ] || fail "expected at least 20 messages in the Maildir INBOX, got $inbox"
[ -d "$WORK/mail/Archive/2025" ] || fail "subfolder Archive/2025 not mirrored"

# Flag the first unflagged message locally, and drop a new message into the Inbox.
file=$(ls "$WORK/mail/INBOX/cur"/* | grep -v ':2,.*F' | head -1)
mv "$file" "${file%%:2,*}:2,FS"
cat >"$WORK/mail/INBOX/new/$(date +%s).local.mbsync" <<MSG
From: Alice Archer <alice@example.com>
To: bob@example.com
Subject: written offline in a Maildir
Message-ID: <it-mbsync-$$@example.com>
Date: $(date -R)

Synced back by mbsync.
MSG
mbsync -c "$WORK/mbsyncrc" alice >"$WORK/second.txt" 2>&1 || { cat "$WORK/second.txt"; fail "second mbsync failed"; }

/usr/bin/python3 - "$IMAP_PORT" "$inbox" <<'PY'
import imaplib, sys
imap = imaplib.IMAP4("127.0.0.1", int(sys.argv[1]))
imap.login("alice@example.com", "demo")
typ, data = imap.select("INBOX")
assert int(data[0]) == int(sys.argv[2]) + 1, ("server INBOX count", data, sys.argv[2])
typ, data = imap.search(None, 'HEADER', 'Subject', '"written offline in a Maildir"')
assert data[0].split(), "the Maildir message did not reach the server"
typ, data = imap.search(None, "FLAGGED")
assert len(data[0].split()) >= 2, ("the local flag did not reach the server", data)
imap.logout()
PY
echo "mbsync mirrored $inbox Inbox messages and pushed a flag and a new message back"
