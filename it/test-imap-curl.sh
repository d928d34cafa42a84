# curl's IMAP client against `bridgehead demo`: LIST, SELECT + FETCH by UID, and SEARCH.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_demo
url="imap://127.0.0.1:$IMAP_PORT"
user=(--user alice@example.com:demo --max-time 30 -s -S)

curl "${user[@]}" "$url/" -X 'LIST "" "*"' >"$WORK/list.txt"
grep -q '"INBOX"' "$WORK/list.txt" || fail "LIST lacks INBOX"
grep -q 'Archive/2025' "$WORK/list.txt" || fail "LIST lacks Archive/2025"

curl "${user[@]}" "$url/INBOX;UID=1" >"$WORK/message.eml"
grep -qi '^Subject:' "$WORK/message.eml" || fail "FETCH of UID 1 returned no message"
grep -qi '^Message-ID:' "$WORK/message.eml" || fail "FETCH of UID 1 returned no Message-ID"

curl "${user[@]}" "$url/INBOX" -X 'SEARCH UNSEEN' >"$WORK/search.txt"
grep -qE '^\* SEARCH( [0-9]+)+' "$WORK/search.txt" || fail "SEARCH UNSEEN found nothing: $(cat "$WORK/search.txt")"
echo "curl: $(grep -c LIST "$WORK/list.txt") folders, message of $(wc -c <"$WORK/message.eml") bytes"
