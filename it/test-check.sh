# `bridgehead check` as a user runs it, against `bridgehead simulator` in another process:
# right password -> version, address, folder count; wrong password -> authentication failed;
# simulator stopped -> unreachable. Each failure exits non-zero.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_simulator
check() { java -jar "$JAR" check --user alice@example.com --set "bridgehead.ews.url=$SIM_URL" "$@"; }

BRIDGEHEAD_PASSWORD=demo check >"$WORK/ok.txt" 2>&1 || { cat "$WORK/ok.txt"; fail "check with the right password failed"; }
cat "$WORK/ok.txt"
grep -qE '^server: +Exchange 15\.' "$WORK/ok.txt" || fail "no server version"
grep -qE '^address: +alice@example.com' "$WORK/ok.txt" || fail "no primary address"
grep -qE '^folders: +[1-9][0-9]*' "$WORK/ok.txt" || fail "no folder count"

printf 'wrong\n' >"$WORK/wrong-password"
if check --password-file "$WORK/wrong-password" >"$WORK/bad.txt" 2>&1; then fail "wrong password exited 0"; fi
cat "$WORK/bad.txt"
grep -qi 'authentication failed' "$WORK/bad.txt" || fail "wrong password not reported as authentication failure"

kill "${PIDS[0]}"; wait "${PIDS[0]}" 2>/dev/null || true
if BRIDGEHEAD_PASSWORD=demo check >"$WORK/down.txt" 2>&1; then fail "stopped simulator exited 0"; fi
cat "$WORK/down.txt"
grep -qi 'unreachable' "$WORK/down.txt" || fail "stopped simulator not reported as unreachable"
if grep -q 'Exception\|	at ' "$WORK/ok.txt" "$WORK/bad.txt" "$WORK/down.txt"; then fail "a stack trace reached the user"; fi
