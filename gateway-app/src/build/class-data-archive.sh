#!/usr/bin/env bash
# Builds the class-data sharing archive (AppCDS) of bridgehead.jar: starts `bridgehead run` once
# with every listener on a free port, waits until they all listen, and stops it; the JVM then
# writes the classes start-up loaded, parsed and verified, to the archive. A JVM started with
# -XX:SharedArchiveFile=ARCHIVE (as the bridgehead launcher does) maps them instead of loading
# them again. The archive is only valid for this jar and this Java runtime; the JVM ignores it
# otherwise.
# Usage: class-data-archive.sh JAR ARCHIVE
set -euo pipefail
jar=$1 archive=$2
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
rm -f "$archive"
args=(run --set "bridgehead.ews.url=http://127.0.0.1:9/EWS/Exchange.asmx" --set "bridgehead.cache.dir=$work/cache")
for name in imap smtp ldap caldav; do args+=(--set "bridgehead.$name.port=0"); done
# With the launcher's options, so that start-up takes the paths it will take when used.
options=()
while IFS= read -r option; do
  case "$option" in '' | '#'*) ;; *) options+=("$option") ;; esac
done <"$(dirname "$0")/../dist/jvm.options"
: >"$work/out"
java "${options[@]}" -XX:ArchiveClassesAtExit="$archive" -Xlog:cds*=off \
  -jar "$jar" "${args[@]}" >"$work/out" 2>&1 &
pid=$!
count() { grep -c 'listening on' "$work/out" || true; }
for ((i = 0; i < 600 && $(count) == 0; i++)); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
# Every listener the build has: they start one after another; done when a second brings no new one.
seen=-1
while [ "$(count)" != "$seen" ]; do seen=$(count); sleep 1; done
grep -q 'listening on' "$work/out" || { cat "$work/out" >&2; echo "class-data-archive: the gateway did not start" >&2; exit 1; }
kill -TERM "$pid"
wait "$pid" || true
[ -s "$archive" ] || { cat "$work/out" >&2; echo "class-data-archive: no archive written" >&2; exit 1; }
echo "class-data archive: $archive ($(du -k "$archive" | cut -f1) KB)"
