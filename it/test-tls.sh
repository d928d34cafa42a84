# Every listener over TLS with real clients, TLS required on the plain ports: openssl s_client
# with STARTTLS on IMAP and SMTP, python3 imaplib over IMAPS, curl over IMAPS, swaks with STARTTLS
# and with SMTPS, ldapsearch with StartTLS (-ZZ) and over LDAPS, curl over HTTPS to CalDAV/CardDAV. Each verifies the gateway's own
# self-signed certificate (made on first start) by its CA file and host name; `bridgehead cert`
# prints the fingerprint openssl computes. A password sent before TLS is refused.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

IMAPS_PORT=$(free_port); SMTPS_PORT=$(free_port); LDAPS_PORT=$(free_port); CALDAVS_PORT=$(free_port)
start_demo --set "bridgehead.data.dir=$WORK/data" \
  --set "bridgehead.imaps.port=$IMAPS_PORT" --set "bridgehead.smtps.port=$SMTPS_PORT" \
  --set "bridgehead.ldaps.port=$LDAPS_PORT" --set "bridgehead.caldavs.port=$CALDAVS_PORT" \
  --set bridgehead.imap.tls.required=true \
  --set bridgehead.smtp.tls.required=true --set bridgehead.ldap.tls.required=true
wait_for_line "$WORK/demo.out" 'caldavs listening on' 30
CERT="$WORK/data/tls/cert.pem"
[[ -f "$CERT" ]] || fail "no certificate made at $CERT"
[[ $(stat -c %a "$WORK/data/tls/key.pem") == 600 ]] || fail "key.pem is not 0600"

shown=$(java -jar "$JAR" cert --set "bridgehead.data.dir=$WORK/data" | grep -oE '([0-9A-F]{2}:){31}[0-9A-F]{2}')
expected=$(openssl x509 -in "$CERT" -noout -fingerprint -sha256 | cut -d= -f2)
[[ "$shown" == "$expected" ]] || fail "bridgehead cert shows $shown, openssl computes $expected"

# openssl s_client, STARTTLS on IMAP: the certificate verifies for localhost, LOGIN works inside.
imap=$(printf 'a1 LOGIN alice@example.com demo\r\na2 SELECT INBOX\r\na3 LOGOUT\r\n' | timeout 30 \
  openssl s_client -quiet -ign_eof -starttls imap -connect "127.0.0.1:$IMAP_PORT" -CAfile "$CERT" \
  -verify_return_error -verify_hostname localhost -tls1_2 2>"$WORK/s_client_imap.err") \
  || fail "s_client IMAP: $(cat "$WORK/s_client_imap.err")"
grep -q '^a1 OK' <<<"$imap" || fail "LOGIN over IMAP STARTTLS: $imap"
grep -q '^a2 OK' <<<"$imap" || fail "SELECT over IMAP STARTTLS: $imap"

# Plain text: LOGINDISABLED, and LOGIN refused without a look at the password.
plain=$(/usr/bin/python3 - "$IMAP_PORT" <<'PY'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=20)
f = s.makefile("rb")
greeting = f.readline().decode()
s.sendall(b"a1 LOGIN alice@example.com demo\r\n")
print(greeting.strip()); print(f.readline().decode().strip())
PY
)
grep -q 'LOGINDISABLED' <<<"$plain" || fail "no LOGINDISABLED before TLS: $plain"
grep -q '^a1 NO \[PRIVACYREQUIRED\]' <<<"$plain" || fail "plain LOGIN not refused: $plain"

# openssl s_client, STARTTLS on SMTP: AUTH PLAIN inside TLS.
auth=$(printf '\0alice@example.com\0demo' | base64)
smtp=$(printf 'EHLO client.test\r\nAUTH PLAIN %s\r\nQUIT\r\n' "$auth" | timeout 30 \
  openssl s_client -quiet -ign_eof -starttls smtp -connect "127.0.0.1:$SMTP_PORT" -CAfile "$CERT" \
  -verify_return_error -verify_hostname localhost 2>"$WORK/s_client_smtp.err") \
  || fail "s_client SMTP: $(cat "$WORK/s_client_smtp.err")"
grep -q '^235 ' <<<"$smtp" || fail "AUTH over SMTP STARTTLS: $smtp"

# python3 imaplib over IMAPS, verifying the certificate.
/usr/bin/python3 - "$IMAPS_PORT" "$CERT" <<'PY' || fail "imaplib over IMAPS"
import imaplib, ssl, sys
context = ssl.create_default_context(cafile=sys.argv[2])
imap = imaplib.IMAP4_SSL("localhost", int(sys.argv[1]), ssl_context=context)
imap.login("alice@example.com", "demo")
status, data = imap.select("INBOX")
assert status == "OK" and int(data[0]) > 0, (status, data)
imap.logout()
PY

# curl over IMAPS: the folder list.
folders=$(curl -sS --max-time 30 --cacert "$CERT" --user alice@example.com:demo "imaps://localhost:$IMAPS_PORT/") \
  || fail "curl over IMAPS"
grep -q 'INBOX' <<<"$folders" || fail "curl IMAPS listed: $folders"

# swaks with STARTTLS, then over SMTPS.
swaks --server "localhost:$SMTP_PORT" --tls --tls-verify --tls-ca-path "$CERT" \
  --auth PLAIN --auth-user alice@example.com --auth-password demo \
  --from alice@example.com --to bob@example.com --header "Subject: over STARTTLS" >"$WORK/swaks1.out" 2>&1 \
  || fail "swaks STARTTLS: $(cat "$WORK/swaks1.out")"
grep -q '^<~  250 ' "$WORK/swaks1.out" || fail "swaks STARTTLS was not accepted: $(cat "$WORK/swaks1.out")"
swaks --server "localhost:$SMTPS_PORT" --tlsc --tls-verify --tls-ca-path "$CERT" \
  --auth PLAIN --auth-user alice@example.com --auth-password demo \
  --from alice@example.com --to bob@example.com --header "Subject: over SMTPS" >"$WORK/swaks2.out" 2>&1 \
  || fail "swaks SMTPS: $(cat "$WORK/swaks2.out")"
set +e
swaks --server "127.0.0.1:$SMTP_PORT" --auth PLAIN --auth-user alice@example.com --auth-password demo \
  --from alice@example.com --to bob@example.com >"$WORK/swaks3.out" 2>&1
rc=$?
set -e
(( rc != 0 )) || fail "swaks without TLS was allowed to AUTH: $(cat "$WORK/swaks3.out")"

# ldapsearch with StartTLS (-ZZ: fail unless it succeeds), and over LDAPS.
export LDAPTLS_CACERT="$CERT" LDAPTLS_REQCERT=demand
out=$(ldapsearch -LLL -x -ZZ -H "ldap://localhost:$LDAP_PORT" -D alice@example.com -w demo -b ou=people \
  '(mail=zoe.clarke@example.com)' mail) || fail "ldapsearch -ZZ"
grep -q '^mail: zoe.clarke@example.com$' <<<"$out" || fail "ldapsearch -ZZ found: $out"
out=$(ldapsearch -LLL -x -H "ldaps://localhost:$LDAPS_PORT" -D alice@example.com -w demo -b ou=people \
  '(mail=zoe.clarke@example.com)' mail) || fail "ldapsearch over LDAPS"
grep -q '^mail: zoe.clarke@example.com$' <<<"$out" || fail "ldapsearch LDAPS found: $out"
set +e
ldapsearch -LLL -x -H "ldap://localhost:$LDAP_PORT" -D alice@example.com -w demo -b ou=people '(cn=zoe*)' \
  >"$WORK/ldap_plain.out" 2>&1
rc=$?
set -e
(( rc == 13 )) || fail "a plain-text bind gave exit $rc, not 13 (confidentialityRequired)"

# curl over HTTPS to CalDAV/CardDAV: the principal, verifying the certificate for localhost (TLS 1.2+).
principal=$(curl -sS --max-time 30 --cacert "$CERT" --tlsv1.2 --user alice@example.com:demo -X PROPFIND \
  -H 'Depth: 0' --data '<d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/></d:prop></d:propfind>' \
  "https://localhost:$CALDAVS_PORT/") || fail "curl over HTTPS to CalDAV"
grep -q '/principals/users/alice@example.com/' <<<"$principal" || fail "HTTPS PROPFIND answered: $principal"
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 --cacert "$CERT" --user alice@example.com:wrong \
  -X PROPFIND -H 'Depth: 0' "https://localhost:$CALDAVS_PORT/")
[[ "$code" == 401 ]] || fail "HTTPS with a wrong password answered $code"
if curl -s -o /dev/null --max-time 30 --cacert "$CERT" --tls-max 1.1 "https://localhost:$CALDAVS_PORT/" 2>/dev/null; then
  fail "HTTPS accepted TLS 1.1"
fi

echo "tls: s_client STARTTLS (IMAP, SMTP), imaplib and curl over IMAPS, swaks STARTTLS and SMTPS," \
  "ldapsearch -ZZ and LDAPS, curl over HTTPS (CalDAV); plain-text sign-in refused on IMAP, SMTP and LDAP; fingerprint $expected"
