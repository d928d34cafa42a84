# Thunderbird helpers for the integration tests: sourced after it/lib.sh, not run.
# Thunderbird runs headless from a fresh profile and is driven over Marionette by the
# python3 modules beside this file.

TB_DIR="$ROOT/it/thunderbird"
TB_BIN=/usr/lib/thunderbird/thunderbird

# start_thunderbird USER "FULL NAME" [--caldav]: writes a profile for USER against the demo's ports
# (start_demo first), with --caldav also its calendar, tasks and CardDAV book, starts Thunderbird
# on it and waits for Marionette; sets MARIONETTE_PORT and TB_IMAP_LOG (Thunderbird's IMAP log:
# the commands it sends, with time stamps).
start_thunderbird() {
  [ -x "$TB_BIN" ] || fail "Thunderbird is not installed ($TB_BIN)"
  MARIONETTE_PORT=$(free_port)
  local profile="$WORK/thunderbird-profile" dav=()
  [ "${3:-}" != --caldav ] || dav=(--caldav-port "$CALDAV_PORT")
  /usr/bin/python3 "$TB_DIR/profile.py" "$profile" --user "$1" --name "$2" --imap-port "$IMAP_PORT" \
    --smtp-port "$SMTP_PORT" --ldap-port "$LDAP_PORT" --marionette-port "$MARIONETTE_PORT" "${dav[@]}"
  # Kept where BRIDGEHEAD_IT_TB_LOG says, if set; Gecko adds .moz_log to the name.
  local log="${BRIDGEHEAD_IT_TB_LOG:-$WORK/thunderbird-imap.log}"
  TB_IMAP_LOG="$log.moz_log"
  HOME="$WORK/thunderbird-home" MOZ_CRASHREPORTER_DISABLE=1 MOZ_LOG=IMAP:4,timestamp,sync \
    MOZ_LOG_FILE="$log" "$TB_BIN" --headless --marionette \
    --remote-allow-system-access --no-remote --profile "$profile" >"$WORK/thunderbird.out" 2>&1 &
  PIDS+=($!)
  wait_for_port "$MARIONETTE_PORT" 60
}

# thunderbird_python SCRIPT ARGS...: runs a python3 scenario with the Marionette client importable.
thunderbird_python() {
  PYTHONPATH="$TB_DIR" /usr/bin/python3 "$@"
}
