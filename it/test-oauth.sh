# OAuth 2.0 end to end, as against Exchange Online: the simulator plays Exchange and its identity
# provider over HTTPS (bridgehead.simulator.auth=oauth); `bridgehead login` runs the device code
# flow and curl approves the code on the verification page; the gateway then signs IMAP clients
# in with the stored token, which only the password given to `login` unlocks. Revoking the token
# at the identity provider turns into an authentication failure and a "run bridgehead login" log line.
# Alice and bob each lock their token with a password of their own: on every protocol neither
# password opens the other's mailbox, in any case of the name, nor after a failed login on the same
# connection. The gateway runs with DEBUG logging while IMAP, SMTP, LDAP and CalDAV clients sign in;
# its logs never show the client passwords, their Basic / AUTH PLAIN forms, a bearer or refresh token.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DATA="$WORK/data"; SIM_PORT=$(free_port); IMAP_PORT=$(free_port); SMTP_PORT=$(free_port)
LDAP_PORT=$(free_port); CALDAV_PORT=$(free_port)
CLIENT_PASSWORD='only-for-bridgehead'; BOB_PASSWORD='bobs-own-secret'
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

# login_user USER CLIENT_PASSWORD: bridgehead login prints the verification page and the code;
# curl fills in the page's form (first with a wrong password, which the page refuses).
login_user() {
  local user=$1 password=$2 out="$WORK/login-$1.out" pid code page wrong
  BRIDGEHEAD_PASSWORD="$password" java -jar "$JAR" login --user "$user" "${OAUTH[@]}" >"$out" 2>&1 &
  pid=$!
  PIDS+=($pid)
  wait_for_line "$out" 'enter the code' 60
  code=$(grep -oE 'enter the code [A-Z0-9]+' "$out" | awk '{print $4}')
  page=$(grep -oE 'https://[^ ]+/sim/devicelogin' "$out")
  wrong=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$CERT" --data-urlencode "user_code=$code" \
    --data-urlencode "username=$user" --data-urlencode password=wrong "$page")
  [[ "$wrong" == 400 ]] || fail "the verification page took a wrong password ($wrong)"
  curl -sS --fail --cacert "$CERT" --data-urlencode "user_code=$code" --data-urlencode "username=$user" \
    --data-urlencode password=demo "$page" | grep -q 'id="approved"' || fail "curl could not approve the code"
  wait "$pid" || fail "bridgehead login failed: $(cat "$out")"
  grep -q "signed in as $user" "$out" || fail "login said: $(cat "$out")"
}
login_user alice@example.com "$CLIENT_PASSWORD"
login_user bob@example.com "$BOB_PASSWORD"
cat "$WORK"/login-*.out >"$WORK/login.out"
token=$(find "$DATA/users" -name token | head -1)
[[ $(stat -c %a "$token") == 600 && $(stat -c %a "$(dirname "$token")") == 700 ]] || fail "token file modes"
if grep -aq 'alice' "$token"; then fail "the token file is readable"; fi

java -jar "$JAR" run --set "bridgehead.ews.url=https://localhost:$SIM_PORT/EWS/Exchange.asmx" "${OAUTH[@]}" \
  --set "bridgehead.imap.port=$IMAP_PORT" --set "bridgehead.smtp.port=$SMTP_PORT" \
  --set "bridgehead.ldap.port=$LDAP_PORT" --set "bridgehead.caldav.port=$CALDAV_PORT" \
  --set bridgehead.log.level=debug --set "bridgehead.cache.dir=$WORK/cache" >"$WORK/run.out" 2>&1 &
PIDS+=($!)
wait_for_line "$WORK/run.out" 'caldav listening on' 90

folders=$(curl -sS --max-time 30 --user "alice@example.com:$CLIENT_PASSWORD" "imap://127.0.0.1:$IMAP_PORT/") \
  || fail "curl IMAP with the client password"
grep -q INBOX <<<"$folders" || fail "IMAP listed: $folders"
if curl -s --max-time 30 --user "alice@example.com:demo" "imap://127.0.0.1:$IMAP_PORT/" >/dev/null; then
  fail "the Exchange password unlocked the token"
fi

# Every protocol signs in with the client password over the token.
swaks --server "127.0.0.1:$SMTP_PORT" --auth PLAIN --auth-user alice@example.com --auth-password "$CLIENT_PASSWORD" \
  --from alice@example.com --to bob@example.com --header "Subject: over OAuth" >"$WORK/swaks.out" 2>&1 \
  || fail "swaks over OAuth: $(cat "$WORK/swaks.out")"
ldapsearch -LLL -x -H "ldap://127.0.0.1:$LDAP_PORT" -D alice@example.com -w "$CLIENT_PASSWORD" -b ou=people \
  '(mail=zoe.clarke@example.com)' mail | grep -q '^mail: zoe.clarke@example.com$' || fail "ldapsearch over OAuth"
curl -sS --fail --max-time 30 --user "alice@example.com:$CLIENT_PASSWORD" -X PROPFIND -H 'Depth: 0' \
  "http://127.0.0.1:$CALDAV_PORT/" | grep -q '/principals/users/alice@example.com/' || fail "CalDAV over OAuth"

# A shared host: alice's session is cached now. On every protocol, bob's password with alice's
# name (as typed, and in other case) and a wrong password for alice are refused.
for who in "alice@example.com:$BOB_PASSWORD" "ALICE@Example.COM:$BOB_PASSWORD" "alice@example.com:wrong"; do
  user=${who%%:*}; pass=${who#*:}
  if curl -s --max-time 60 --user "$user:$pass" "imap://127.0.0.1:$IMAP_PORT/" >/dev/null; then
    fail "IMAP let $user in with another password"
  fi
  if swaks --server "127.0.0.1:$SMTP_PORT" --auth PLAIN --auth-user "$user" --auth-password "$pass" \
    --from alice@example.com --to bob@example.com --header "Subject: must not be sent" >"$WORK/swaks-bad.out" 2>&1; then
    fail "SMTP let $user in with another password"
  fi
  set +e
  ldapsearch -LLL -x -H "ldap://127.0.0.1:$LDAP_PORT" -D "$user" -w "$pass" -b ou=people '(cn=zoe*)' >/dev/null 2>&1
  rc=$?
  set -e
  (( rc == 49 )) || fail "LDAP bind of $user with another password gave $rc, not 49"
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 --user "$user:$pass" -X PROPFIND -H 'Depth: 0' \
    "http://127.0.0.1:$CALDAV_PORT/")
  [[ "$code" == 401 ]] || fail "CalDAV answered $code to $user with another password"
done
# Reuse after a failed login: on one IMAP connection alice with bob's password fails, then bob signs
# in and sees his own mailbox: alice's message in his Inbox, nothing in his Sent Items.
/usr/bin/python3 - "$IMAP_PORT" "$BOB_PASSWORD" <<'PY' || fail "IMAP connection reuse after a failed login"
import imaplib, sys
imap = imaplib.IMAP4("127.0.0.1", int(sys.argv[1]))
try:
    imap.login("alice@example.com", sys.argv[2])
    raise SystemExit("alice signed in with bob's password")
except imaplib.IMAP4.error:
    pass
imap.login("bob@example.com", sys.argv[2])
imap.select("INBOX")
status, found = imap.search(None, 'SUBJECT', '"over OAuth"')
assert status == "OK" and found[0].split(), ("bob's Inbox lacks alice's message", found)
imap.select('"Sent Items"')
status, sent = imap.search(None, 'SUBJECT', '"over OAuth"')
assert status == "OK" and not sent[0].split(), ("bob's Sent Items hold alice's message", sent)
imap.logout()
PY
grep -q 'must not be sent' "$WORK/run.out" && fail "a refused SMTP session reached Exchange"

# Revoked at the identity provider: the next sign-in (new password digest, so no cached session) fails.
curl -sS --fail --cacert "$CERT" --data user=alice@example.com "https://localhost:$SIM_PORT/sim/revoke" >/dev/null
BRIDGEHEAD_PASSWORD="$CLIENT_PASSWORD" java -jar "$JAR" check --user alice@example.com \
  --url "https://localhost:$SIM_PORT/EWS/Exchange.asmx" "${OAUTH[@]}" >"$WORK/check.out" 2>&1 && \
  fail "check signed in with a revoked token"
grep -q 'run bridgehead login' "$WORK/check.out" || fail "no 'run bridgehead login' reason: $(cat "$WORK/check.out")"

# The gateway's DEBUG logs (and login's and check's output) hold none of the secrets used.
basic=$(printf '%s' "alice@example.com:$CLIENT_PASSWORD" | base64 -w0)
plain=$(printf '\0alice@example.com\0%s' "$CLIENT_PASSWORD" | base64 -w0)
grep -q 'DEBUG' "$WORK/run.out" || fail "the gateway did not log at DEBUG"
for secret in "$CLIENT_PASSWORD" "$BOB_PASSWORD" "$basic" "$plain" 'Bearer ' 'eyJ' '0.S.' '"secret"' 'refresh_token=' 'Authorization:'; do
  if grep -F -- "$secret" "$WORK/run.out" "$WORK/login.out" "$WORK/check.out"; then
    fail "a log shows a secret ($secret)"
  fi
done

echo "oauth: bridgehead login (device code approved by curl), IMAP with the client password over the stored" \
  "token (IMAP, SMTP, LDAP, CalDAV); another user's password, other case, wrong password and connection" \
  "reuse refused on every protocol; revoked token refused" \
  "with 'run bridgehead login'; DEBUG logs free of passwords, Basic/PLAIN forms and tokens"
