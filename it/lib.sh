# Shared helpers for the integration tests: sourced, not run.
# Each test starts its own servers on free loopback ports and stops them on exit.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR="$ROOT/gateway-app/target/bridgehead.jar"
WORK=$(mktemp -d)
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# free_port: a loopback port nothing listens on and this test has not handed out before (the
# kernel gives a just-closed port again, so two calls could otherwise name the same one).
free_port() {
  local port
  while :; do
    port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    grep -qx "$port" "$WORK/ports" 2>/dev/null || break
  done
  echo "$port" >>"$WORK/ports"
  echo "$port"
}

# wait_for_line FILE REGEX SECONDS: waits until FILE has a line matching REGEX.
wait_for_line() {
  local file=$1 regex=$2 limit=$3 i
  for ((i = 0; i < limit * 10; i++)); do
    grep -qE "$regex" "$file" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "--- $file" >&2; cat "$file" >&2 || true
  fail "no line matching '$regex' in $file after ${limit}s"
}

# wait_for_port PORT SECONDS
wait_for_port() {
  local port=$1 limit=$2 i
  for ((i = 0; i < limit * 10; i++)); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  fail "nothing listening on 127.0.0.1:$port after ${limit}s"
}

# start_simulator [--set k=v ...]: starts `bridgehead simulator` on a free port; sets SIM_URL.
start_simulator() {
  local port out="$WORK/simulator.out"
  port=$(free_port)
  java -jar "$JAR" simulator --set "bridgehead.simulator.port=$port" \
    --set "bridgehead.simulator.smtp.port=0" "$@" >"$out" 2>&1 &
  PIDS+=($!)
  wait_for_line "$out" 'simulator ews on http' 60
  SIM_URL=$(grep -oE 'http://[^ ]+/EWS/Exchange.asmx' "$out" | head -1)
  SIM_PORT=$port
}

# start_demo [--set k=v ...]: starts `bridgehead demo` (simulator + gateway) on free ports;
# sets SIM_URL, SIM_PORT, IMAP_PORT, SMTP_PORT, SMTP_IN_PORT, LDAP_PORT, CALDAV_PORT.
start_demo() {
  local out="$WORK/demo.out"
  SIM_PORT=$(free_port); IMAP_PORT=$(free_port); SMTP_PORT=$(free_port); SMTP_IN_PORT=$(free_port)
  LDAP_PORT=$(free_port); CALDAV_PORT=$(free_port)
  java -jar "$JAR" demo --set "bridgehead.simulator.port=$SIM_PORT" \
    --set "bridgehead.simulator.smtp.port=$SMTP_IN_PORT" \
    --set "bridgehead.imap.port=$IMAP_PORT" --set "bridgehead.smtp.port=$SMTP_PORT" \
    --set "bridgehead.ldap.port=$LDAP_PORT" --set "bridgehead.caldav.port=$CALDAV_PORT" \
    --set "bridgehead.cache.dir=$WORK/cache" "$@" >"$out" 2>&1 &
  PIDS+=($!)
  wait_for_line "$out" 'imap listening on' 90
  wait_for_line "$out" 'smtp listening on' 30
  wait_for_line "$out" 'ldap listening on' 30
  wait_for_line "$out" 'caldav listening on' 30
  SIM_URL=$(grep -oE 'http://[^ ]+/EWS/Exchange.asmx' "$out" | head -1)
}

# davmail_properties FILE IMAP_PORT [SMTP_PORT] [CALDAV_PORT]: DavMail 6 in EWS mode against $SIM_URL.
# The simulator keeps no OWA.UserOptions, so DavMail's CalDAV takes the time zone from davmail.timezoneId.
davmail_properties() {
  cat >"$1" <<PROPS
davmail.server=true
davmail.mode=EWS
davmail.url=$SIM_URL
davmail.allowRemote=false
davmail.bindAddress=127.0.0.1
davmail.imapPort=$2
davmail.smtpPort=${3:-}
davmail.caldavPort=${4:-}
davmail.timezoneId=W. Europe Standard Time
davmail.ldapPort=
davmail.popPort=
davmail.imapIdleDelay=1
davmail.imapAutoExpunge=true
davmail.smtpSaveInSent=true
davmail.disableUpdateCheck=true
davmail.logFilePath=$WORK/davmail.log
log4j.rootLogger=WARN
log4j.logger.davmail=DEBUG
PROPS
}

# start_davmail IMAP_PORT [SMTP_PORT] [CALDAV_PORT]: DavMail against $SIM_URL, waits for its ports.
start_davmail() {
  davmail_properties "$WORK/davmail.properties" "$1" "${2:-}" "${3:-}"
  java -jar /usr/share/davmail/davmail.jar -server "$WORK/davmail.properties" >"$WORK/davmail.out" 2>&1 &
  PIDS+=($!)
  wait_for_port "$1" 60
  [ -z "${3:-}" ] || wait_for_port "$3" 60
}
