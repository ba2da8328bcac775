#!/usr/bin/env bash
# Load: CONNECTIONS connections for DURATION over a mix of public reads and an editor's
# writes, then the checks that matter more than speed: no socket error, no 5xx, no 4xx but
# the expected 412s, the app still UP, every row it answered 201 for really stored, the
# app's log free of ERROR lines, and the heap used after a full GC within a stated bound.
#
# Builds the jar if absent, imports DLu's whole oscars.csv into a fresh H2 file database in a
# temporary folder, starts the app on a free loopback port with HEAP and a throwaway editor
# (a random password, hashed for this run only), then runs wrk with bench/load.lua: about
# 90 % reads (lists, details, search, stats, a CSV list, revalidations that may answer 304)
# and 10 % writes as the editor (POST of sources, people and quotes with an Idempotency-Key,
# PATCH with If-Match of what the same wrk thread made). Prints the figures and appends them,
# with the date, the load average and the command, to docs/reliability.md ("## Load").
# Exits 1 when a check fails, keeping the temporary folder (the app's log) for a look.
# Installs nothing: it says what is missing. Every step is bounded by `timeout`.
#
#   bench/load.sh       # THREADS=2 CONNECTIONS=64 DURATION=60s WARMUP=15s HEAP=-Xmx256m
#   CONNECTIONS=128 DURATION=2m HEAP=-Xmx512m HEAP_BOUND_MB=256 bench/load.sh
#
# Needs: Java 17+ (with jcmd and jstat, as in a JDK), curl, unzip, wrk (Debian:
# apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

csv=${AWARDS_OSCARS_CSV:-../shared/data/oscars/oscars.csv}
threads=${THREADS:-2}
connections=${CONNECTIONS:-64}
duration=${DURATION:-60s}
warmup=${WARMUP:-15s}
heap=${HEAP:--Xmx256m}
# The bound: the heap used after a full GC, once the run is over. The app holds about 50 MB
# after a GC when idle on the whole history; half of -Xmx256m leaves room for caches that
# fill up and stop, not for anything that grows with the requests served.
heap_bound_mb=${HEAP_BOUND_MB:-128}
# bcrypt's cost for the throwaway editor: 10, as hash-password makes it. The app checks it
# once, then remembers the sign-in for 10 minutes (security.VerifiedCredentials).
bcrypt_cost=10

missing=()
command -v java > /dev/null || missing+=("java (a JDK 17 or newer)")
command -v jcmd > /dev/null || missing+=("jcmd (a JDK's, not a JRE's)")
command -v jstat > /dev/null || missing+=("jstat (a JDK's, not a JRE's)")
command -v curl > /dev/null || missing+=("curl (Debian: apt-get install -y curl)")
command -v unzip > /dev/null || missing+=("unzip (Debian: apt-get install -y unzip)")
command -v wrk > /dev/null || missing+=("wrk (Debian: apt-get install -y wrk)")
[ -f "$csv" ] || missing+=("oscars.csv at $csv (set AWARDS_OSCARS_CSV)")
needs bench/load.sh "${missing[@]}"

duration_s=$(seconds "$duration")
warmup_s=$(seconds "$warmup")

jar=$(awards_jar)

work=$(mktemp -d)
pids=()
keep=false
stop() {
  local rc=$? pid
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2> /dev/null || true; done
  if $keep || [ "$rc" -ne 0 ]; then echo "kept $work (app.log, wrk.out) for a look" >&2; else rm -rf "$work"; fi
}
trap stop EXIT
trap 'exit 130' INT TERM

fail() { keep=true; echo "$*" >&2; exit 1; }


json_number() { # name json -> the first number under that name
  sed -n "s/.*\"$1\":\([0-9.]*\).*/\1/p" <<< "$2" | head -n 1
}

total_elements() { # path -> page.totalElements of the list
  local body
  body=$(curl -sf --max-time 60 "$app$1?size=1") || return 1
  json_number totalElements "$body"
}

heap_used_after_gc_mb() { # pid -> MB used by the heap right after a full GC
  timeout 60 jcmd "$1" GC.run > /dev/null
  # jstat -gc: used survivor, eden and old spaces, in KB, whichever the collector.
  timeout 60 jstat -gc "$1" | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
    NR == 2 { printf "%.1f\n", ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024 }'
}

# 1. The whole history, imported into a fresh H2 file database.
db_url="jdbc:h2:file:$work/db/awards$H2_OPTIONS"
echo "importing $csv into a fresh H2 database in $work" >&2
timeout 600 java -jar "$jar" import "$csv" --spring.datasource.url="$db_url" > "$work/import.log" 2>&1 \
  || { tail -n 20 "$work/import.log" >&2; fail "the import failed"; }
grep '^Imported' "$work/import.log" >&2

# 2. A throwaway editor: a random password, hashed with the bcrypt of the jar itself.
password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
unzip -p "$jar" 'BOOT-INF/lib/spring-security-crypto-*.jar' > "$work/crypto.jar"
cat > "$work/Hash.java" <<'JAVA'
public class Hash {
  public static void main(String[] args) throws java.io.IOException {
    String password = new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
    int cost = Integer.parseInt(args[0]);
    System.out.println("{bcrypt}" + org.springframework.security.crypto.bcrypt.BCrypt.hashpw(password,
        org.springframework.security.crypto.bcrypt.BCrypt.gensalt(cost)));
  }
}
JAVA
hash=$(printf '%s\n' "$password" | timeout 120 java -cp "$work/crypto.jar" "$work/Hash.java" "$bcrypt_cost")
[[ $hash == "{bcrypt}"* ]] || fail "could not hash the throwaway password"

# 3. The app on a free loopback port, against that database. The rate limits are off: one
# client (wrk, one address, one editor) sends every request, and at the defaults (120 reads
# and 30 writes a minute per client) nearly all of them would be 429s; the limits keep a
# client from starving others, which this run has no others to show.
app_port=$(free_port)
app="http://127.0.0.1:$app_port"
java "$heap" -jar "$jar" --server.address=127.0.0.1 --server.port="$app_port" \
  --spring.datasource.url="$db_url" --awards.rate-limit.enabled=false \
  "--awards.security.users[0].name=load" "--awards.security.users[0].password-hash=$hash" \
  "--awards.security.users[0].roles=EDITOR" > "$work/app.log" 2>&1 &
app_pid=$!
pids+=("$app_pid")
wait_for "$app/actuator/health" 180 "$app_pid" || { tail -n 30 "$work/app.log" >&2; fail "the app did not start"; }

# 4. Before: the editor can write, the heap of the idle app, a warm-up with the same mix
# (its answers are not counted: the JIT compiles what the run runs), then the ETag of the
# film the script revalidates and the sizes of the lists the writes add to.
run=$(date +%s)
auth="Basic $(printf 'load:%s' "$password" | base64 -w 0)"
status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 -X POST -H "Authorization: $auth" \
  -H 'Content-Type: application/json' -d "{\"slug\":\"load-$run-check\",\"title\":\"Load check\"}" "$app/api/sources")
[ "$status" = 201 ] || fail "the throwaway editor's first POST answered $status, not 201"
heap_before_mb=$(heap_used_after_gc_mb "$app_pid")
run_wrk() { # seconds run-word -> wrk's output
  LOAD_AUTH=$auth LOAD_RUN=$2 LOAD_FILM_ETAG=$film_etag \
    timeout $(( $1 + 60 )) wrk -t"$threads" -c"$connections" -d"$1s" --timeout 10s -s bench/load.lua "$app/"
}
film_etag='"none"'
if [ "$warmup_s" -gt 0 ]; then
  echo "warming up for $warmup_s s" >&2
  run_wrk "$warmup_s" "$run-w" > "$work/warmup.out" || { cat "$work/warmup.out" >&2; fail "wrk failed"; }
fi
# Requests wrk gave up on (timeouts) may still be running: wait for the app to answer.
film_etag=$(curl -sf -D - -o /dev/null --max-time 120 "$app/api/films/anora-2024" | tr -d '\r' \
  | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p') || true
[ -n "$film_etag" ] || fail "/api/films/anora-2024 did not answer with an ETag within 120 s"
sources_before=$(total_elements /api/sources)
people_before=$(total_elements /api/people)

# 5. The run.
load_before=$(load_average)
echo "wrk -t$threads -c$connections -d${duration_s}s against $app (load average $load_before)" >&2
run_wrk "$duration_s" "$run" > "$work/wrk.out" || { cat "$work/wrk.out" >&2; fail "wrk failed"; }
load_after=$(load_average)
result=$(grep '^{"requests"' "$work/wrk.out") || { cat "$work/wrk.out" >&2; fail "wrk reported nothing"; }

# 6. After: health, the rows, the heap after a full GC, the log.
health=$(curl -s --max-time 60 "$app/actuator/health" || true)
sources_after=$(total_elements /api/sources) || sources_after=0
people_after=$(total_elements /api/people) || people_after=0
heap_after_mb=$(heap_used_after_gc_mb "$app_pid")
log_errors=$(grep -c ' ERROR ' "$work/app.log" || true)
quotes_missing=0
for quote in $(sed -n 's/.*"quotes":\[\([^]]*\)\].*/\1/p' <<< "$result" | tr -d '"' | tr ',' ' '); do
  curl -sf -o /dev/null --max-time 60 "$app$quote" || quotes_missing=$(( quotes_missing + 1 ))
done

requests=$(json_number requests "$result")
secs=$(json_number seconds "$result")
count() { # status -> answers with it
  local n
  n=$(sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p" <<< "$(sed -n 's/.*"statuses":{\([^}]*\)}.*/\1/p' <<< "$result")")
  echo "${n:-0}"
}
statuses=$(sed -n 's/.*"statuses":{\([^}]*\)}.*/\1/p' <<< "$result" | tr -d '"' | tr ',' ' ')
class_count() { # digit -> answers in that class
  local total=0 pair
  for pair in $statuses; do [[ $pair == "$1"* ]] && total=$(( total + ${pair#*:} )); done
  echo "$total"
}
warmup_statuses=none
if [ -f "$work/warmup.out" ]; then
  warmup_statuses=$(sed -n 's/.*"statuses":{\([^}]*\)}.*/\1/p' "$work/warmup.out" | tr -d '"' | sed 's/:/: /g; s/,/, /g')
fi
c2=$(class_count 2); c3=$(class_count 3); c4=$(class_count 4); c5=$(class_count 5)
c412=$(count 412)
socket_errors=$(( $(json_number connect "$result") + $(json_number read "$result") \
  + $(json_number write "$result") + $(json_number timeout "$result") ))
made_sources=$(sed -n 's/.*"created":{"sources":\([0-9]*\).*/\1/p' <<< "$result")
made_people=$(sed -n 's/.*"created":{[^}]*"people":\([0-9]*\).*/\1/p' <<< "$result")
made_quotes=$(sed -n 's/.*"created":{[^}]*"quotes":\([0-9]*\).*/\1/p' <<< "$result")
writes=$(( made_sources + made_people + made_quotes + $(json_number patched "$result") + c412 ))

problems=()
[ "$socket_errors" -eq 0 ] || problems+=("$socket_errors socket errors or timeouts")
[ "$c5" -eq 0 ] || problems+=("$c5 answers 5xx")
[ $(( c4 - c412 )) -eq 0 ] || problems+=("$(( c4 - c412 )) answers 4xx other than 412")
[[ $health == *'"status":"UP"'* ]] || problems+=("health after the run: ${health:-no answer}")
[ $(( sources_after - sources_before )) -ge "$made_sources" ] \
  || problems+=("$made_sources sources created (201) but the list grew by $(( sources_after - sources_before ))")
[ $(( people_after - people_before )) -ge "$made_people" ] \
  || problems+=("$made_people people created (201) but the list grew by $(( people_after - people_before ))")
[ "$quotes_missing" -eq 0 ] || problems+=("$quotes_missing quotes answered 201 but are not there")
[ "$log_errors" -eq 0 ] || problems+=("$log_errors ERROR lines in the app's log")
awk -v h="$heap_after_mb" -v b="$heap_bound_mb" 'BEGIN { exit !(h <= b) }' \
  || problems+=("heap after GC $heap_after_mb MB, over the bound of $heap_bound_mb MB")

verdict="passed"
[ ${#problems[@]} -eq 0 ] || verdict="FAILED: $(IFS=';'; echo "${problems[*]}" | sed 's/;/; /g')"

command_line="bench/load.sh"
[ "$threads/$connections/$duration/$warmup/$heap/$heap_bound_mb" = "2/64/60s/15s/-Xmx256m/128" ] \
  || command_line="THREADS=$threads CONNECTIONS=$connections DURATION=$duration WARMUP=$warmup HEAP=$heap HEAP_BOUND_MB=$heap_bound_mb bench/load.sh"

report=$(cat << REPORT

### $(date -u +%Y-%m-%d) ($(nproc) cores, $(java -version 2>&1 | head -n 1)): $verdict

Command: \`$command_line\`, which warms up for ${warmup_s} s with the same mix, then runs \`wrk -t$threads -c$connections -d${duration_s}s --timeout 10s -s bench/load.lua\`
(wrk $(wrk -v 2>&1 | head -n 1 | cut -d ' ' -f 2), loopback) against \`java $heap -jar $jar\` on an H2 file
database holding the whole of \`oscars.csv\` ($(sed -n 's/^  rows read *//p' "$work/import.log") rows), rate limits off, one
editor (bcrypt cost $bcrypt_cost, checked once, then remembered). Load average (1, 5, 15 min): $load_before before, $load_after after.

| figure | value |
|---|---:|
| requests | $requests in $secs s |
| req/s | $(awk -v r="$requests" -v s="$secs" 'BEGIN { printf "%.0f", r / s }') |
| latency p50 / p90 / p99 / max, ms | $(json_number p50_ms "$result") / $(json_number p90_ms "$result") / $(json_number p99_ms "$result") / $(json_number max_ms "$result") |
| answers by status | $(tr ' ' '\n' <<< "$statuses" | sort | sed 's/:/: /' | paste -sd ',' | sed 's/,/, /g') |
| 2xx / 3xx / 4xx / 5xx | $c2 / $c3 / $c4 / $c5 |
| the warm-up's answers (not counted above) | $warmup_statuses |
| socket errors and timeouts | $socket_errors |
| writes answered | $writes: $made_sources sources, $made_people people and $made_quotes quotes created (201), $(json_number patched "$result") patches (200), $c412 stale If-Match (412) |
| 304 (revalidations that still matched) | $(json_number revalidated "$result") |
| rows stored after | sources +$(( sources_after - sources_before )), people +$(( people_after - people_before )); $quotes_missing sampled quotes missing |
| health after | $(sed -n 's/.*"status":"\([A-Z_]*\)".*/\1/p' <<< "$health" | tail -n 1) |
| ERROR lines in the app's log | $log_errors |
| heap used after a full GC | $heap_before_mb MB idle before the warm-up, $heap_after_mb MB after (bound: $heap_bound_mb MB) |
REPORT
)
echo "$report"
[ -f docs/reliability.md ] || printf '# Reliability\n\nHow the API holds up: under load, against bad input, across failures. Each section says how its figures were made.\n' > docs/reliability.md
grep -q '^## Load$' docs/reliability.md || cat >> docs/reliability.md << 'INTRO'

## Load

`bench/load.sh` (README, "Benchmarks"): 64 connections for 60 s over about 90 % public reads
(lists, details, search, stats, a CSV list, revalidations) and 10 % writes by one editor
(`POST` of sources, people and quotes with an `Idempotency-Key`; `PATCH` with `If-Match` of
what the same wrk thread made, one in four with `If-Match: *`). It passes with no socket
error or timeout, no `5xx`, no `4xx` but `412` (two connections patching one resource at
once: one loses, as designed), `/actuator/health` `UP` after, every `201` stored, no `ERROR`
in the log, and the heap used after a full GC at most the bound. 304s are few: every write
bumps the data version, so a tag seen before the last write no longer matches. The newest
run is last.
INTRO
# The run goes at the end of the "Load" section, before the next section if there is one.
REPORT_TEXT="$report" awk '
  /^## / && in_load && !done { print ENVIRON["REPORT_TEXT"]; print ""; done = 1 }
  /^## Load$/ { in_load = 1 }
  { print }
  END { if (!done) print ENVIRON["REPORT_TEXT"] }' docs/reliability.md > "$work/reliability.md"
cp "$work/reliability.md" docs/reliability.md

if [ ${#problems[@]} -gt 0 ]; then
  keep=true
  printf 'bench/load.sh: %s\n' "${problems[@]}" >&2
  exit 1
fi
