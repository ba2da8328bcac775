#!/usr/bin/env bash
# Start-up: time from `java` to the first 200, and the peak resident memory (VmHWM) and the
# CPU time (user and system; of it, the JIT compiler threads') at that moment, of the
# Awards API against a bare Spring Boot app with the same starters (built here, in a
# temporary folder, from the Boot version and the spring-boot-starter-* dependencies of
# pom.xml, with H2 and one permit-all controller), RUNS times each (median).
#
# Each app is measured four ways: the plain jar; the jar extracted to Boot's layout
# (`java -Djarmode=tools -jar … extract`); Spring's CDS training run on the JDK that runs
# the script (extract the jar, `-XX:ArchiveClassesAtExit` with
# `-Dspring.context.exit=onRefresh`, then `-XX:SharedArchiveFile`); and, when a JDK 25 is
# found (JAVA25_HOME, else /usr/lib/jvm/*25*), its AOT cache (`-XX:AOTCacheOutput`, then
# `-XX:AOTCache`). The Awards API starts on an H2 file database that already holds the
# seed (a restart, the usual case), and once more on an empty one (first start: migrations
# and the seed load). Appends the table, the date and the command to docs/benchmarks.md.
#
#   bench/startup.sh                 # RUNS=5
#   RUNS=3 JAVA25_HOME=/opt/jdk-25 bench/startup.sh
#   JAVA_OPTS=-Xmx256m bench/startup.sh   # the same heap limit for both apps
#
# Needs: Java 17+, curl; ./mvnw (to build the jars). Installs nothing.
set -euo pipefail
# A start that fails inside $(measure …) stops the script, never a median with a gap in it.
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
. bench/lib.sh

runs=${RUNS:-5}
# JVM options for every start of both apps, such as JAVA_OPTS=-Xmx256m (none by default)
java_opts=${JAVA_OPTS:-}
clock_ticks=$(getconf CLK_TCK)
command -v java > /dev/null || { echo "bench/startup.sh needs java (a JDK 17 or newer)" >&2; exit 1; }
command -v curl > /dev/null || { echo "bench/startup.sh needs curl" >&2; exit 1; }
java25=$(jdk25)

jar=$(awards_jar)
jar=$(realpath "$jar")
project=$(pwd)

work=$(mktemp -d)
app_pid=
stop() {
  [ -n "$app_pid" ] && kill "$app_pid" 2> /dev/null && wait "$app_pid" 2> /dev/null || true
  rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT TERM

# 1. The bare app: the same Boot and the same starters, one controller, reads open to all.
boot=$(sed -n '/<parent>/,/<\/parent>/s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml)
starters=$(grep -o '<artifactId>spring-boot-starter-[a-z-]*</artifactId>' pom.xml | grep -v -e '-test<' -e '-parent<' | sort -u)
mkdir -p "$work/bare/src/main/java/bare"
{
  printf '<project xmlns="http://maven.apache.org/POM/4.0.0">\n<modelVersion>4.0.0</modelVersion>\n'
  printf '<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>'
  printf '<version>%s</version><relativePath/></parent>\n' "$boot"
  printf '<groupId>bench</groupId><artifactId>bare</artifactId><version>1</version>\n'
  printf '<properties><java.version>17</java.version></properties>\n<dependencies>\n'
  for starter in $starters; do
    printf '<dependency><groupId>org.springframework.boot</groupId>%s</dependency>\n' "$starter"
  done
  printf '<dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId></dependency>\n'
  printf '</dependencies>\n<build><plugins><plugin><groupId>org.springframework.boot</groupId>'
  printf '<artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>\n</project>\n'
} > "$work/bare/pom.xml"
cat > "$work/bare/src/main/java/bare/BareApplication.java" << 'JAVA'
package bare;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
@RestController
public class BareApplication {

	public static void main(String[] args) {
		SpringApplication.run(BareApplication.class, args);
	}

	@GetMapping("/hello")
	Map<String, String> hello() {
		return Map.of("hello", "world");
	}

	@Bean
	SecurityFilterChain open(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
	}

}
JAVA
echo "building the bare app (Boot $boot; $(echo "$starters" | sed 's/<[^>]*>//g' | tr '\n' ' '))" >&2
(cd "$work/bare" && "$project/mvnw" -B -q package -DskipTests > "$work/bare-build.log" 2>&1) \
  || { tail -n 30 "$work/bare-build.log" >&2; echo "the bare app did not build" >&2; exit 1; }
bare_jar="$work/bare/target/bare-1.jar"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# CPU time so far, user and system, in ms, of a process (/proc/PID/stat) or of one of its
# threads (/proc/PID/task/TID/stat): fields 14 and 15, counted after the name in brackets,
# which may hold spaces ("C2 CompilerThre"); 0 for a thread that has ended meanwhile
cpu_ms() {
  sed 's/.*) //' "$1/stat" 2> /dev/null \
    | awk -v hz="$clock_ticks" '{t = $12 + $13} END {printf "%.0f", t * 1000 / hz}'
}

# CPU time so far of the JIT compiler threads of a JVM that are alive ("C1 CompilerThre…",
# "C2 CompilerThre…"; the JVM may end one it no longer needs, and its time with it)
jit_ms() {
  local task total=0
  for task in "/proc/$1/task"/*; do
    case $(cat "$task/comm" 2> /dev/null) in C1\ * | C2\ *) total=$(( total + $(cpu_ms "$task") )) ;; esac
  done
  echo "$total"
}

# start java-binary url-path db-folder java-args... -> prints "ms_to_first_200 peak_rss_mb
# cpu_ms jit_ms" (the last two: CPU time at the first 200, of the process, of its JIT)
start() {
  local java_bin=$1 path=$2 db=$3
  shift 3
  local port t0 t1 rss cpu jit
  port=$(free_port)
  t0=$(now_ms)
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  "$java_bin" $java_opts "$@" --server.address=127.0.0.1 --server.port="$port" \
    --spring.datasource.url="jdbc:h2:file:$db/awards$H2_OPTIONS" > "$work/app.log" 2>&1 &
  app_pid=$!
  until curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$port$path"; do
    kill -0 "$app_pid" 2> /dev/null || { tail -n 30 "$work/app.log" >&2; echo "the app stopped" >&2; return 1; }
    [ $(( $(now_ms) - t0 )) -lt 180000 ] || { echo "no 200 within 180 s" >&2; return 1; }
    sleep 0.02
  done
  t1=$(now_ms)
  rss=$(awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$app_pid/status")
  cpu=$(cpu_ms "/proc/$app_pid")
  jit=$(jit_ms "$app_pid")
  kill "$app_pid"
  wait "$app_pid" 2> /dev/null || true
  app_pid=
  echo "$(( t1 - t0 )) $rss $cpu $jit"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# measure name java-binary url-path fresh(yes/no) java-args... -> "name ms rss" (medians)
measure() {
  local name=$1 java_bin=$2 path=$3 fresh=$4
  shift 4
  local results=() n db
  for n in $(seq "$runs"); do
    db="$work/db-$n"
    if [ "$fresh" = yes ]; then rm -rf "$db"; else [ -d "$work/seeded" ] && { rm -rf "$db"; cp -r "$work/seeded" "$db"; }; fi
    results+=("$(start "$java_bin" "$path" "$db" "$@")")
  done
  printf '%s|%s|%s|%s|%s\n' "$name" \
    "$(printf '%s\n' "${results[@]}" | cut -d ' ' -f 1 | median)" \
    "$(printf '%s\n' "${results[@]}" | cut -d ' ' -f 2 | median)" \
    "$(printf '%s\n' "${results[@]}" | cut -d ' ' -f 3 | median)" \
    "$(printf '%s\n' "${results[@]}" | cut -d ' ' -f 4 | median)"
}

# A database that holds the seed, copied for each restart of the Awards API.
echo "seeding a database for the restarts" >&2
start java /actuator/health "$work/seeded" -jar "$jar" > /dev/null

# extract jar folder: Spring Boot's layout for CDS and AOT caches (java -Djarmode=tools)
extract() {
  java -Djarmode=tools -jar "$1" extract --destination "$2" > /dev/null
  ls "$2"/*.jar
}

# train java-binary extracted-jar cache-option-for-training db: the training run exits
# once the context is refreshed (spring.context.exit=onRefresh)
train() {
  local java_bin=$1 app=$2 option=$3
  (cd "$(dirname "$app")" && "$java_bin" "$option" -Dspring.context.exit=onRefresh -jar "$app" \
    --spring.datasource.url="jdbc:h2:file:$work/training/awards$H2_OPTIONS" > "$work/training.log" 2>&1) \
    || { tail -n 30 "$work/training.log" >&2; echo "the training run failed" >&2; return 1; }
  rm -rf "$work/training"
}

rows=()
java_version=$(java -version 2>&1 | head -n 1)
awards_x=$(extract "$jar" "$work/awards-x")
bare_x=$(extract "$bare_jar" "$work/bare-x")
train java "$awards_x" "-XX:ArchiveClassesAtExit=$work/awards.jsa"
train java "$bare_x" "-XX:ArchiveClassesAtExit=$work/bare.jsa"

echo "measuring (RUNS=$runs each)" >&2
rows+=("$(measure "bare app" java /hello yes -jar "$bare_jar")")
rows+=("$(measure "Awards API, restart" java /api/awards no -jar "$jar")")
rows+=("$(measure "Awards API, first start (empty database)" java /api/awards yes -jar "$jar")")
# The jar extracted to Boot's layout (as docs/deployment.md's image runs it): classes read
# from plain jars, not from jars nested in the jar.
rows+=("$(measure "bare app, extracted" java /hello yes -jar "$bare_x")")
rows+=("$(measure "Awards API, restart, extracted" java /api/awards no -jar "$awards_x")")
rows+=("$(measure "bare app, CDS" java /hello yes "-XX:SharedArchiveFile=$work/bare.jsa" -Xlog:cds=off -jar "$bare_x")")
rows+=("$(measure "Awards API, restart, CDS" java /api/awards no "-XX:SharedArchiveFile=$work/awards.jsa" -Xlog:cds=off -jar "$awards_x")")
if [ -n "$java25" ]; then
  train "$java25/bin/java" "$awards_x" "-XX:AOTCacheOutput=$work/awards.aot"
  train "$java25/bin/java" "$bare_x" "-XX:AOTCacheOutput=$work/bare.aot"
  rows+=("$(measure "bare app, JDK 25" "$java25/bin/java" /hello yes -jar "$bare_jar")")
  rows+=("$(measure "Awards API, restart, JDK 25" "$java25/bin/java" /api/awards no -jar "$jar")")
  rows+=("$(measure "bare app, JDK 25 AOT cache" "$java25/bin/java" /hello yes "-XX:AOTCache=$work/bare.aot" -jar "$bare_x")")
  rows+=("$(measure "Awards API, restart, JDK 25 AOT cache" "$java25/bin/java" /api/awards no "-XX:AOTCache=$work/awards.aot" -jar "$awards_x")")
fi

# Each Awards API row against the bare row of the same way of starting.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
table="| how | ms to first 200 | peak RSS MB | × bare (time) | × bare (RSS) | CPU ms | of it, JIT ms | × bare (CPU) |
|---|---:|---:|---:|---:|---:|---:|---:|"
for row in "${rows[@]}"; do
  IFS='|' read -r name ms rss cpu jit <<< "$row"
  case $name in
    "bare app"*) base_ms=$ms; base_rss=$rss; base_cpu=$cpu ;;
  esac
  table+="
| $name | $ms | $rss | $(ratio "$ms" "$base_ms") | $(ratio "$rss" "$base_rss") | $cpu | $jit | $(ratio "$cpu" "$base_cpu") |"
done
echo "$table"

{
  printf '\n## Start-up, %s (%s cores, %s)\n\n' "$(date -u +%F)" "$(nproc)" "$java_version"
  printf 'Command: `RUNS=%s JAVA_OPTS='"'"'%s'"'"' bench/startup.sh` (median of %s starts each; JDK 25: %s). Time: from\n' \
    "$runs" "$java_opts" "$runs" "${java25:-none found}"
  printf 'launching `java` to the first 200 (`/api/awards`; the bare app'"'"'s `/hello`), polled every\n'
  printf '20 ms. Peak RSS: `VmHWM` at that moment; CPU: the process'"'"'s user and system time at that\n'
  printf 'moment (`/proc/PID/stat`), and of it the JIT compiler threads'"'"' (`C1`, `C2`). The bare app:\n'
  printf 'Boot %s with the same starters\n' "$boot"
  printf '(%s) and H2, one controller. Each Awards API row is compared with the bare row above it\n' \
    "$(echo "$starters" | sed 's/<[^>]*>//g' | tr '\n' ' ' | sed 's/ $//')"
  printf '(started the same way). Load average before: %s.\n\n' "$(cut -d ' ' -f 1-3 /proc/loadavg)"
  echo "$table"
} >> docs/benchmarks.md
