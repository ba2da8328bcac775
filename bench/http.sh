#!/usr/bin/env bash
# HTTP read speed, side by side in one run: requests per second, p50 and p99 latency of the
# API's read endpoints, against a small static JSON file served by the same app (the floor)
# and against json-server (npm) serving a JSON export of the winners of the 97th (the peer).
#
# Builds the jar if absent, imports DLu's whole oscars.csv into a fresh H2 file database in a
# temporary folder, starts the app on a free loopback port (-Xmx512m), waits for
# /actuator/health, then for each target runs wrk for WARMUP (discarded) and DURATION
# (measured) with fixed threads and connections, the floor and json-server again after each
# target (each ratio is to their runs right around it: the machine's speed moves within
# minutes). Prints the table and appends it, with the date, the load average and the
# command, to docs/benchmarks.md. Installs nothing: it says what is missing. Everything it
# starts it stops; its files live in a temporary folder.
#
# The app is started twice, one after the other: with the response cache on (the default),
# then off (CACHE='on off'; CACHE=on or CACHE=off for one). FULL_CSV=yes then downloads every
# nomination as CSV, four at once (for the small-heap run). Then the ceiling: the app's own
# Tomcat without Spring (bench/Ceiling.java), replaying the answers the app gave byte for
# byte: how fast this machine lets any app on that Tomcat answer them. Exits non-zero on any
# error.
#
# wrk asks for no coding, as curl does. ENCODING=gzip sends `Accept-Encoding: gzip` with every
# request of the run (the app's, json-server's and the ceiling's), as browsers, fetch and
# Postman do: the app then answers its gzip representation, and json-server (whose
# compression is on by default) compresses its answer for each request.
#
#   bench/http.sh                   # THREADS=2 CONNECTIONS=16 DURATION=10s WARMUP=20s
#   THREADS=2 CONNECTIONS=32 DURATION=30s AWARDS_OSCARS_CSV=/path/oscars.csv bench/http.sh
#   HEAP=-Xmx128m CACHE=on FULL_CSV=yes bench/http.sh   # the whole history on a 128 MB heap
#   ENCODING=gzip CACHE=on bench/http.sh                 # as a browser asks
#
# Needs: Java 17+, curl, unzip, wrk (Debian: apt-get install -y wrk), Node.js and `npm ci`
# (for json-server, a devDependency in package.json).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

csv=${AWARDS_OSCARS_CSV:-../shared/data/oscars/oscars.csv}
threads=${THREADS:-2}
connections=${CONNECTIONS:-16}
duration=${DURATION:-10s}
warmup=${WARMUP:-20s}
heap=${HEAP:--Xmx512m}
modes=${CACHE:-on off}
full_csv=${FULL_CSV:-no}
encoding=${ENCODING:-}
case $encoding in
  '' | gzip) ;;
  *) echo "ENCODING is gzip or empty (no Accept-Encoding), not $encoding" >&2; exit 2 ;;
esac
# curl's and wrk's arguments for it (none by default)
coding=()
[ -n "$encoding" ] && coding=(-H "Accept-Encoding: $encoding")

missing=()
command -v java > /dev/null || missing+=("java (a JDK 17 or newer)")
command -v curl > /dev/null || missing+=("curl (Debian: apt-get install -y curl)")
command -v wrk > /dev/null || missing+=("wrk (Debian: apt-get install -y wrk)")
command -v unzip > /dev/null || missing+=("unzip (Debian: apt-get install -y unzip)")
command -v node > /dev/null || missing+=("node (Node.js 20.17 or newer)")
[ -x node_modules/.bin/json-server ] || missing+=("json-server (run: npm ci)")
[ -f "$csv" ] || missing+=("oscars.csv at $csv (set AWARDS_OSCARS_CSV)")
needs bench/http.sh "${missing[@]}"

duration_s=$(seconds "$duration")
warmup_s=$(seconds "$warmup")

jar=$(awards_jar)

work=$(mktemp -d)
pids=()
stop() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT TERM

load_before=$(load_average)

# 1. The whole history, imported into a fresh H2 file database.
db_url="jdbc:h2:file:$work/db/awards$H2_OPTIONS"
echo "importing $csv into a fresh H2 database in $work" >&2
timeout 600 java -jar "$jar" import "$csv" --spring.datasource.url="$db_url" > "$work/import.log" 2>&1 \
  || { tail -n 20 "$work/import.log" >&2; echo "the import failed" >&2; exit 1; }
grep '^Imported' "$work/import.log" >&2

# 2. The app on a free loopback port, against that database; started once per mode (the
# response cache on, then off), one at a time: H2's file can be open in one process only.
# The per-client rate limit is off: one client (wrk) sends every request of the benchmark.
start_app() { # mode (on|off)
  app_port=$(free_port)
  app="http://127.0.0.1:$app_port"
  java "$heap" -jar "$jar" --server.address=127.0.0.1 --server.port="$app_port" \
    --spring.datasource.url="$db_url" --awards.rate-limit.enabled=false \
    --awards.cache.responses.enabled="$([ "$1" = on ] && echo true || echo false)" > "$work/app-$1.log" 2>&1 &
  app_pid=$!
  pids+=("$app_pid")
  wait_for "$app/actuator/health" 180 "$app_pid" || { tail -n 30 "$work/app-$1.log" >&2; exit 1; }
}
stop_app() {
  kill "$app_pid" 2> /dev/null || true
  wait "$app_pid" 2> /dev/null || true
}

# wrk reports through this hook: one line of JSON after the run.
cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"p50_ms":%.3f,"p99_ms":%.3f,"errors":%d,"non2xx3xx":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout, e.status))
end
LUA

run_wrk() { # seconds url header -> the hook's JSON line
  local secs=$1 url=$2 header=$3 args
  args=(-t"$threads" -c"$connections" -d"${secs}s" --timeout 5s -s "$work/report.lua" "${coding[@]}")
  [ -n "$header" ] && args+=(-H "$header")
  timeout $(( secs + 30 )) wrk "${args[@]}" "$url" | grep '^{"requests"'
}

# measure mode name|url|header...: every target is checked and warmed up first (the JIT
# compiles what all of them run), then each is measured; one line each in results. When the
# first target is the floor, it is measured again after every other target, so that each
# target runs between two runs of the floor: the machine's speed moves within minutes, and a
# ratio to the floor measured right around a target is a ratio at the same speed. So is
# json-server (peer_target, when set): measured right after each run of the floor, the app
# idle meanwhile.
measure() {
  local mode=$1 i name url header code bytes line
  shift
  local targets=("$@") first=() peer_index=
  if [ -n "${peer_target:-}" ] && [[ ${targets[0]} == floor* ]] && [ "$mode" != ceiling ]; then
    targets+=("$peer_target")
    peer_index=$(( ${#targets[@]} - 1 ))
  fi
  for i in "${!targets[@]}"; do
    IFS='|' read -r name url header <<< "${targets[$i]}"
    rm -f "$work/body"
    curl_args=(-s -o "$work/body" -w '%{http_code}' --max-time 60 "${coding[@]}")
    [ -n "$header" ] && curl_args+=(-H "$header")
    code=$(curl "${curl_args[@]}" "$url")
    bytes=0
    [ -f "$work/body" ] && bytes=$(wc -c < "$work/body")
    case $code in
      200 | 304) ;;
      *) echo "$name answered $code (an old jar? delete target/ and run again)" >&2; exit 1 ;;
    esac
    first[i]="$code	$bytes"
    echo "[$mode] warming up $name ($code, $bytes bytes) for $warmup_s s" >&2
    run_wrk "$warmup_s" "$url" "$header" > /dev/null
  done
  local order=("${!targets[@]}")
  if [[ ${targets[0]} == floor* ]] && [ "${#targets[@]}" -gt 1 ] && [ "$mode" != ceiling ]; then
    order=(0 $peer_index)
    for i in "${!targets[@]}"; do
      [ "$i" -gt 0 ] && [ "$i" != "$peer_index" ] && order+=("$i" 0 $peer_index)
    done
  fi
  for i in "${order[@]}"; do
    IFS='|' read -r name url header <<< "${targets[$i]}"
    echo "[$mode] measuring $name for $duration_s s (load average $(load_average))" >&2
    line=$(run_wrk "$duration_s" "$url" "$header")
    printf '%s\t%s\t%s\t%s\n' "$mode" "$name" "${first[$i]}" "$line" >> "$work/results"
  done
}

# name|path|extra header (optional); the floor first (measured around every other target)
api_targets() { # base-url etag
  printf '%s\n' \
    "floor: static /bench/floor.json|$1/bench/floor.json|" \
    "/api/stats/wins-by-person-per-ceremony?minWins=3&competitiveOnly=true|$1/api/stats/wins-by-person-per-ceremony?minWins=3&competitiveOnly=true|" \
    "/api/ceremonies/oscars-97/wins-by-person|$1/api/ceremonies/oscars-97/wins-by-person|" \
    "/api/people?q=baker|$1/api/people?q=baker|" \
    "/api/nominations?ceremony=oscars-97&won=true|$1/api/nominations?ceremony=oscars-97&won=true|" \
    "/api/nominations?ceremony=oscars-97&won=true&size=200|$1/api/nominations?ceremony=oscars-97&won=true&size=200|" \
    "/api/films/anora-2024|$1/api/films/anora-2024|" \
    "/api/films/anora-2024, If-None-Match (304)|$1/api/films/anora-2024|If-None-Match: $2"
  return 0
}

full_csv_check() { # base-url: every nomination of the history as CSV, four downloads at once
  local url="$1/api/nominations?format=csv" n results downloads=()
  for n in 1 2 3 4; do
    curl -s -o "$work/csv-$n" -w '%{http_code} %{size_download} %{time_total}\n' --max-time 300 "$url" > "$work/csv-$n.result" &
    downloads+=($!)
  done
  wait "${downloads[@]}"
  results=$(cat "$work"/csv-?.result)
  echo "$results" | awk '$1 != 200 {bad = 1} END {exit bad}' || { echo "the full CSV failed: $results" >&2; return 1; }
  cmp -s "$work/csv-1" "$work/csv-4" || { echo "the four CSV downloads differ" >&2; return 1; }
  printf '4 downloads at once of every nomination as CSV (%s bytes, %s lines each): all 200 and identical, the slowest in %s s' \
    "$(wc -c < "$work/csv-1")" "$(wc -l < "$work/csv-1")" "$(echo "$results" | awk '$3 > max {max = $3} END {printf "%.1f", max}')"
}

# The answers of the targets as the app sent them (status, headers, body), for the ceiling:
# N.status, N.headers and N.body in $work/answers, N being the target's place in the list.
capture_answers() { # target...
  local i name url header curl_args
  mkdir -p "$work/answers"
  for i in $(seq 0 $(( $# - 1 ))); do
    IFS='|' read -r name url header <<< "${@:i+1:1}"
    curl_args=(-s -D "$work/answers/$i.raw" -o "$work/answers/$i.body" -w '%{http_code}' --max-time 60 "${coding[@]}")
    [ -n "$header" ] && curl_args+=(-H "$header")
    : > "$work/answers/$i.body" # curl writes no file for an empty body (the 304)
    curl "${curl_args[@]}" "$url" > "$work/answers/$i.status"
    # Tomcat sets these itself for each answer
    tr -d '\r' < "$work/answers/$i.raw" | sed 1d \
      | grep -viE '^(date|content-length|transfer-encoding|connection|keep-alive):' > "$work/answers/$i.headers" || true
  done
}

the_etag() { # the ETag a first GET of the film answers, checked to give a 304
  local etag status
  etag=$(curl -sf -D - -o /dev/null --max-time 10 "${coding[@]}" "$app/api/films/anora-2024" | tr -d '\r' \
    | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')
  [ -n "$etag" ] || { echo "/api/films/anora-2024 sent no ETag" >&2; return 1; }
  status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "${coding[@]}" -H "If-None-Match: $etag" \
    "$app/api/films/anora-2024")
  [ "$status" = 304 ] || { echo "If-None-Match: $etag answered $status, not 304" >&2; return 1; }
  echo "$etag"
}

: > "$work/results"
for mode in $modes; do
  start_app "$mode"
  if [ ! -f "$work/wins.json" ]; then
    # 3. json-server over the winners of the 97th, exported from the running app.
    curl -sf --max-time 30 "$app/api/nominations?ceremony=oscars-97&won=true&size=200" \
      | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const p=JSON.parse(s);
          if (p.page.totalElements > p.content.length) { console.error("more than one page of wins"); process.exit(1); }
          process.stdout.write(JSON.stringify({wins: p.content}));})' > "$work/wins.json"
    # json-server, running beside the app from here on, idle while the app is measured
    peer_port=$(free_port)
    peer="http://127.0.0.1:$peer_port"
    node_modules/.bin/json-server "$work/wins.json" --host 127.0.0.1 --port "$peer_port" --quiet --read-only \
      > "$work/json-server.log" 2>&1 &
    pids+=($!)
    wait_for "$peer/wins" 60 $! || { tail -n 30 "$work/json-server.log" >&2; exit 1; }
    peer_target="json-server: /wins|$peer/wins|"
  fi
  etag=$(the_etag) || exit 1
  mapfile -t targets < <(api_targets "$app" "$etag")
  [ -d "$work/answers" ] || capture_answers "${targets[@]}"
  measure "cache $mode" "${targets[@]}"
  if [ "$full_csv" = yes ] && [ -z "${csv_line:-}" ]; then
    csv_line=$(full_csv_check "$app") || exit 1
  fi
  stop_app
done

# 4. The ceiling: the app's own Tomcat, bare (bench/Ceiling.java: one servlet, no Spring), with
# the app's write buffer, replaying the answers captured above byte for byte, the app stopped
# (json-server idles beside it, as it did beside the app). Its jars are the app's, taken out
# of the app's jar.
mkdir -p "$work/lib"
unzip -q -j -d "$work/lib" "$jar" 'BOOT-INF/lib/tomcat-embed-core-*.jar' 'BOOT-INF/lib/jakarta.annotation-api-*.jar'
# The app's default awards.http.write-buffer (web.TomcatWriteBuffer), 32 KB
ceiling_port=$(free_port)
ceiling="http://127.0.0.1:$ceiling_port"
java "$heap" -cp "$work/lib/*" bench/Ceiling.java "$ceiling_port" 32768 "$work/answers" > "$work/ceiling.log" 2>&1 &
ceiling_pid=$!
pids+=("$ceiling_pid")
wait_for "$ceiling/0" 60 "$ceiling_pid" || { tail -n 30 "$work/ceiling.log" >&2; exit 1; }
mapfile -t targets < <(api_targets "$ceiling" "$etag")
for i in "${!targets[@]}"; do
  IFS='|' read -r name url header <<< "${targets[$i]}"
  targets[i]="$name|$ceiling/$i|$header"
done
measure "ceiling" "${targets[@]}"
kill "$ceiling_pid" 2> /dev/null || true
wait "$ceiling_pid" 2> /dev/null || true
load_after=$(load_average)

# 5. The table: req/s, p50, p99, ratios to the floor of the same app and to json-server (the
# mean of their runs right before and right after the target; the ceiling's, measured after
# the app, to the mean of every json-server run). The floor's runs make one row, and so do
# json-server's: their mean, the medians of their p50 and p99, and how far the slowest and
# the fastest run stood from that mean.
table=$(node -e '
  const rows = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map(l => {
    const [mode, name, code, bytes, json] = l.split("\t");
    const r = JSON.parse(json);
    return { mode, name, code, bytes, rps: r.requests / r.seconds, ...r };
  });
  const isFloor = r => r.name.startsWith("floor");
  const isPeer = r => r.name.startsWith("json-server");
  const mean = xs => xs.reduce((a, b) => a + b, 0) / xs.length;
  const peerMean = mean(rows.filter(isPeer).map(r => r.rps));
  const ceilings = new Map(rows.filter(r => r.mode === "ceiling").map(r => [r.name, r.rps]));
  const toCeiling = r => !ceilings.has(r.name) ? "–" : f(r.rps / ceilings.get(r.name), 2);
  const f = (x, d) => x.toFixed(d);
  const n = x => Math.round(x).toLocaleString("en-US");
  const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
  // the runs of one kind right before and right after run i: an app mode runs the floor,
  // json-server, a target, the floor, json-server, a target, …; the ceiling, each target once
  const around = (runs, i, kind) => runs[i].mode === "ceiling" ? [] :
    [runs.slice(Math.max(0, i - 2), i).reverse().find(kind), runs.slice(i + 1, i + 3).find(kind)]
      .filter(Boolean).map(x => x.rps);
  console.log("| app | target | status | bytes | req/s | p50 ms | p99 ms | errors | floor req/s around it | × floor | json-server req/s around it | × json-server | × ceiling |");
  console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  const modes = [...new Set(rows.map(r => r.mode))];
  for (const mode of modes) {
    const runs = rows.filter(r => r.mode === mode);
    const modePeers = runs.filter(isPeer);
    const peer = modePeers.length ? mean(modePeers.map(r => r.rps)) : peerMean;
    for (const kind of [isFloor, isPeer]) {
      const same = runs.filter(kind);
      if (!same.length) continue;
      const avg = mean(same.map(r => r.rps));
      const rpss = same.map(r => r.rps);
      const errors = same.reduce((a, r) => a + r.errors + r.non2xx3xx, 0);
      const spread = `${n(Math.min(...rpss))} to ${n(Math.max(...rpss))}`;
      const ratios = `${f(Math.min(...rpss) / avg, 2)} to ${f(Math.max(...rpss) / avg, 2)}`;
      console.log(`| ${mode} | \`${same[0].name}\` (${same.length} run${same.length > 1 ? "s" : ""}) | ${same[0].code} | ${same[0].bytes} | ` +
        `${f(avg, 0)} | ${f(median(same.map(r => r.p50_ms)), 2)} | ${f(median(same.map(r => r.p99_ms)), 2)} | ${errors} | ` +
        (kind === isFloor
          ? `${spread} | ${ratios} | – | ${f(avg / peer, 2)} | ${ceilings.has(same[0].name) ? f(avg / ceilings.get(same[0].name), 2) : "–"} |`
          : `– | – | ${spread} | ${ratios} | – |`));
    }
    runs.forEach((r, i) => {
      if (isFloor(r) || isPeer(r)) return;
      const floors = around(runs, i, isFloor);
      const peers = around(runs, i, isPeer);
      const floor = floors.length ? mean(floors) : 0;
      const toPeer = peers.length ? mean(peers) : peerMean;
      console.log(`| ${r.mode} | \`${r.name}\` | ${r.code} | ${r.bytes} | ${f(r.rps, 0)} | ${f(r.p50_ms, 2)} | ` +
        `${f(r.p99_ms, 2)} | ${r.errors + r.non2xx3xx} | ${floors.length ? floors.map(n).join(" · ") : "–"} | ` +
        `${floor ? f(r.rps / floor, 2) : "–"} | ${peers.length ? peers.map(n).join(" · ") : "–"} | ${f(r.rps / toPeer, 2)} | ${toCeiling(r)} |`);
    });
  }' "$work/results")
errors=$(node -e '
  let n = 0;
  for (const l of require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n")) {
    const r = JSON.parse(l.split("\t")[4]); n += r.errors + r.non2xx3xx;
  }
  console.log(n);' "$work/results")

command_line="bench/http.sh"
[ "$threads/$connections/$duration/$warmup/$heap/$modes/$full_csv/$encoding" = "2/16/10s/20s/-Xmx512m/on off/no/" ] \
  || command_line="THREADS=$threads CONNECTIONS=$connections DURATION=$duration WARMUP=$warmup HEAP=$heap CACHE='$modes' FULL_CSV=$full_csv ${encoding:+ENCODING=$encoding }bench/http.sh"
cache_phrase="once with the response cache on
(\`awards.cache.responses.enabled=true\`, the default) and once with it off"
[ "$modes" = on ] && cache_phrase="with the response cache on (\`awards.cache.responses.enabled=true\`, the default)"
[ "$modes" = off ] && cache_phrase="with the response cache off (\`awards.cache.responses.enabled=false\`)"
coding_phrase="no \`Accept-Encoding\`, as curl sends"
[ -n "$encoding" ] && coding_phrase="\`Accept-Encoding: $encoding\` with every request, as browsers send it"

report=$(cat <<REPORT

## HTTP reads, $(date -u +%Y-%m-%d) ($(nproc) cores, $(java -version 2>&1 | head -n 1))

Command: \`$command_line\`, which starts the app $cache_phrase, warms every target
up for ${warmup_s} s, then runs the floor and json-server, and each target followed by the floor
and json-server again, each
\`wrk -t$threads -c$connections -d${duration_s}s --timeout 5s -s report.lua <url>\` (wrk $(wrk -v 2>&1 | head -n 1 | cut -d ' ' -f 2),
loopback; $coding_phrase). The app: \`java $heap -jar $jar\` on an H2 file database holding the whole of
\`oscars.csv\` ($(sed -n 's/^  rows read *//p' "$work/import.log") rows); json-server $(node -p 'require("./node_modules/json-server/package.json").version')
over \`{"wins": [...]}\`, the answer of \`/api/nominations?ceremony=oscars-97&won=true&size=200\`,
running beside the app and measured while the app idles. The ceiling: the app's own Tomcat, bare (\`bench/Ceiling.java\`:
one servlet, no Spring, the app's 32 KB write buffer), replaying each target's answer as the
app sent it, status, headers and body, byte for byte; measured after the app, the app
stopped, each target once. Load average (1, 5, 15 min): $load_before before, $load_after after.

$table

× floor is req/s over that of the static file served by the same app in the same mode,
measured right before and right after the target (the mean of those two runs, both shown);
the floor's own row gives the mean of all its runs, and how far its slowest and fastest run
stood from that mean (how much the machine's speed moved). × json-server is the same over
json-server's runs right before and right after the target (1.00 = as fast; the floor's, over
the mean of the mode's json-server runs; the ceiling's, over the mean of all of them);
json-server's row is laid out as the floor's. × ceiling is over the req/s of the ceiling's
replay of the same answer (what the machine allows a Tomcat app for it). status and bytes are those of one curl
before the warm-up; errors counts wrk's socket errors and 4xx/5xx answers ($errors in all).
${csv_line:+$csv_line.}
SQL statements per request are not measured here; the tests count them
(\`ListStatementCountTest\`, \`StatsStatementCountTests\`, \`HttpCachingTest\`).
REPORT
)
echo "$report"
echo "$report" >> docs/benchmarks.md
[ "$errors" = 0 ] || { echo "$errors errors or 4xx/5xx answers during the run" >&2; exit 1; }
