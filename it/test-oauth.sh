# OAuth 2.0 end to end, as against Exchange Online: the simulator plays Exchange and its identity
# provider over HTTPS (bridgehead.simulator.auth=oauth); `bridgehead login` runs the device code
# flow and curl approves the code on the verification page; the gateway then signs IMAP clients
# in with the stored token, which only the password given to `login` unlocks. Revoking the token
# at the identity provider turns into an authentication failure and a "run bridgehead login" log line.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DATA="$WORK/data"; SIM_PORT=$(free_port); IMAP_PORT=$(free_port)
CLIENT_PASSWORD='only-for-bridgehead'
java -jar "$JAR" cert --set "bridgehead.data.dir=$DATA" >/dev/null   # the simulator's certificate
CERT="$DATA/tls/cert.pem"
java -jar "$JAR" simulator --set "bridgehead.simulator.port=$SIM_PORT" --set bridgehead.simulator.smtp.port=0 \
  --set bridgehead.simulator.auth=oauth --set bridgehead.simulator.tls=true \
  --set bridgehead.simulator.oauth.access.lifetime=2m --set "bridgehead.data.dir=$DATA" >"$WORK/sim.out" 2>&1 &
PIDS+=($!)
wait_for_line "$WORK/sim.out" 'simulator ews on https://' 60

OAUTH=(--set "bridgehead.ews.auth=oauth" --set "bridgehead.oauth.authority=https://localhost:$SIM_PORT/"
  --set "bridgehead.oauth.tenant=contoso.onmicrosoft.com" --set "bridgehead.oauth.client.id=1d1f3a8e-0000-4000-8000-000000000001"
  --set "bridgehead.ews.trust=$CERT" --set "bridgehead.data.dir=$DATA")

# bridgehead login prints the verification page and the code; curl fills in the page's form.
BRIDGEHEAD_PASSWORD="$CLIENT_PASSWORD" java -jar "$JAR" login --user alice@example.com "${OAUTH[@]}" \
  >"$WORK/login.out" 2>&1 &
LOGIN=$!
PIDS+=($LOGIN)
wait_for_line "$WORK/login.out" 'enter the code' 60
code=$(grep -oE 'enter the code [A-Z0-9]+' "$WORK/login.out" | awk '{print $4}')
page=$(grep -oE 'https://[^ ]+/sim/devicelogin' "$WORK/login.out")
wrong=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$CERT" --data-urlencode "user_code=$code" \
  --data-urlencode username=alice@example.com --data-urlencode password=wrong "$page")
[[ "$wrong" == 400 ]] || fail "the verification page took a wrong password ($wrong)"
curl -sS --fail --cacert "$CERT" --data-urlencode "user_code=$code" --data-urlencode username=alice@example.com \
  --data-urlencode password=demo "$page" | grep -q 'id="approved"' || fail "curl could not approve the code"
wait "$LOGIN" || fail "bridgehead login failed: $(cat "$WORK/login.out")"
grep -q 'signed in as alice@example.com' "$WORK/login.out" || fail "login said: $(cat "$WORK/login.out")"
token=$(find "$DATA/users" -name token)
[[ $(stat -c %a "$token") == 600 && $(stat -c %a "$(dirname "$token")") == 700 ]] || fail "token file modes"
if grep -aq 'alice' "$token"; then fail "the token file is readable"; fi

java -jar "$JAR" run --set "bridgehead.ews.url=https://localhost:$SIM_PORT/EWS/Exchange.asmx" "${OAUTH[@]}" \
  --set "bridgehead.imap.port=$IMAP_PORT" --set bridgehead.smtp.port=0 --set bridgehead.ldap.port=0 \
  --set bridgehead.caldav.port=0 --set "bridgehead.cache.dir=$WORK/cache" >"$WORK/run.out" 2>&1 &
PIDS+=($!)
wait_for_line "$WORK/run.out" 'imap listening on' 90

folders=$(curl -sS --max-time 30 --user "alice@example.com:$CLIENT_PASSWORD" "imap://127.0.0.1:$IMAP_PORT/") \
  || fail "curl IMAP with the client password"
grep -q INBOX <<<"$folders" || fail "IMAP listed: $folders"
if curl -s --max-time 30 --user "alice@example.com:demo" "imap://127.0.0.1:$IMAP_PORT/" >/dev/null; then
  fail "the Exchange password unlocked the token"
fi
if curl -s --max-time 30 --user "bob@example.com:$CLIENT_PASSWORD" "imap://127.0.0.1:$IMAP_PORT/" >/dev/null; then
  fail "bob signed in without a token of his own"
fi

# Revoked at the identity provider: the next sign-in (new password digest, so no cached session) fails.
curl -sS --fail --cacert "$CERT" --data user=alice@example.com "https://localhost:$SIM_PORT/sim/revoke" >/dev/null
BRIDGEHEAD_PASSWORD="$CLIENT_PASSWORD" java -jar "$JAR" check --user alice@example.com \
  --url "https://localhost:$SIM_PORT/EWS/Exchange.asmx" "${OAUTH[@]}" >"$WORK/check.out" 2>&1 && \
  fail "check signed in with a revoked token"
grep -q 'run bridgehead login' "$WORK/check.out" || fail "no 'run bridgehead login' reason: $(cat "$WORK/check.out")"

echo "oauth: bridgehead login (device code approved by curl), IMAP with the client password over the stored" \
  "token, Exchange password and another user refused, revoked token refused with 'run bridgehead login'"
