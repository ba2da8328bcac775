#!/usr/bin/env bash
# Where the time of one read goes: starts the app with Java Flight Recorder (settings=profile)
# on an H2 file database holding the whole of oscars.csv, runs wrk against one URL, then
# prints JFR's hottest methods and the hottest frames of the project's own code (from the
# execution samples). The recording stays in bench/out/ for JDK Mission Control.
#
#   bench/profile.sh '/api/people?q=baker'            # the response cache off, 20 s of wrk
#   CACHE=on DURATION=30s bench/profile.sh /api/films/anora-2024
#
# Needs: Java 17+ (the `jfr` tool of a JDK 21 or newer for `jfr view`: JAVA25_HOME, else
# /usr/lib/jvm/*25*, else the JDK on the PATH), curl, wrk. Installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

path=${1:?usage: bench/profile.sh /api/path?query}
csv=${AWARDS_OSCARS_CSV:-../shared/data/oscars/oscars.csv}
duration=${DURATION:-20s}
cache=${CACHE:-off}
connections=${CONNECTIONS:-16}
jdk_tools=$(jdk25)
jfr_tool=jfr
[ -n "$jdk_tools" ] && jfr_tool="$jdk_tools/bin/jfr"
for tool in java curl wrk; do
  command -v "$tool" > /dev/null || { echo "bench/profile.sh needs $tool" >&2; exit 1; }
done
[ -f "$csv" ] || { echo "no oscars.csv at $csv (set AWARDS_OSCARS_CSV)" >&2; exit 1; }

jar=$(awards_jar)

work=$(mktemp -d)
app_pid=
stop() {
  [ -n "$app_pid" ] && kill "$app_pid" 2> /dev/null && wait "$app_pid" 2> /dev/null || true
  rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT TERM

db_url="jdbc:h2:file:$work/db/awards$H2_OPTIONS"
timeout 600 java -jar "$jar" import "$csv" --spring.datasource.url="$db_url" > "$work/import.log" 2>&1 \
  || { tail -n 20 "$work/import.log" >&2; echo "the import failed" >&2; exit 1; }

mkdir -p bench/out
recording="bench/out/$(date -u +%Y%m%dT%H%M%S)-profile.jfr"
port=$(free_port)
java -Xmx512m -XX:StartFlightRecording=settings=profile,filename="$work/all.jfr" -jar "$jar" \
  --server.address=127.0.0.1 --server.port="$port" --spring.datasource.url="$db_url" \
  --awards.rate-limit.enabled=false --awards.cache.responses.enabled="$([ "$cache" = on ] && echo true || echo false)" \
  > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 180); do
  curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$port/actuator/health" && break
  kill -0 "$app_pid" 2> /dev/null || { tail -n 30 "$work/app.log" >&2; exit 1; }
  sleep 1
done
url="http://127.0.0.1:$port$path"
curl -sf -o /dev/null --max-time 30 "$url" || { echo "$url does not answer 2xx" >&2; exit 1; }
echo "warming up $url for 10 s" >&2
wrk -t2 -c"$connections" -d10s "$url" > /dev/null
# The recording from here on: the start-up and the warm-up are left out.
jcmd "$app_pid" JFR.start name=measured settings=profile > /dev/null
echo "recording $url for $duration (cache $cache)" >&2
wrk -t2 -c"$connections" -d"$duration" "$url" | sed -n 's/^Requests\/sec: *//p' | sed 's/^/req\/s: /'
jcmd "$app_pid" JFR.dump name=measured filename="$(realpath -m "$recording")" > /dev/null

"$jfr_tool" view --width 160 hot-methods "$recording" 2> /dev/null | head -n 30 \
  || echo "(no 'jfr view' in $jfr_tool: open $recording in JDK Mission Control)"
echo
echo "The project's own frames, by samples that have them on the stack:"
"$jfr_tool" print --events jdk.ExecutionSample --stack-depth 64 "$recording" \
  | grep -o 'org\.awardsapi\.[A-Za-z0-9_.$]*(' | sort | uniq -c | sort -rn | head -n 15
echo
echo "recording: $recording"
