# shellcheck shell=bash
# What the bench scripts share; sourced by them (`. bench/lib.sh`), from the project folder.

# The packaged jar, built first when target/ has none; prints its path.
awards_jar() {
  local jar
  jar=$(find target -maxdepth 1 -name 'awards-api-*.jar' 2> /dev/null | head -n 1 || true)
  if [ -z "$jar" ]; then
    timeout 900 ./mvnw -B -q package -DskipTests >&2
    jar=$(find target -maxdepth 1 -name 'awards-api-*.jar' | head -n 1)
  fi
  echo "$jar"
}

# Below Linux's range of ephemeral ports (32768-60999): a port from that range, free when
# looked at, could be taken by a client connection (a curl of the script's own) before the
# app bound it, which failed a start-up run with "Port already in use".
free_port() { # a loopback port nothing answers on
  local port
  for _ in $(seq 50); do
    port=$(( 20000 + RANDOM % 12000 ))
    if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then echo "$port"; return; fi
  done
  echo "no free port found" >&2
  return 1
}

wait_for() { # url seconds pid: until the url answers 2xx, the process dies, or time is up
  local url=$1 limit=$2 pid=$3 t
  for t in $(seq "$limit"); do
    curl -sf -o /dev/null --max-time 2 "$url" && return 0
    kill -0 "$pid" 2> /dev/null || { echo "the process serving $url stopped" >&2; return 1; }
    sleep 1
  done
  echo "$url did not answer within $limit s" >&2
  return 1
}

load_average() { cut -d ' ' -f 1-3 /proc/loadavg; }

# A JDK 25 (for its AOT cache and `jfr view`): JAVA25_HOME, else one under /usr/lib/jvm.
jdk25() {
  local home=${JAVA25_HOME:-$(ls -d /usr/lib/jvm/*25* 2> /dev/null | head -n 1 || true)}
  if [ -n "$home" ] && [ -x "$home/bin/java" ]; then echo "$home"; fi
}

# needs script-name missing...: says what is missing, and stops, when anything is.
needs() {
  local script=$1
  shift
  if [ $# -gt 0 ]; then
    printf '%s needs, and will not install:\n' "$script" >&2
    printf '  - %s\n' "$@" >&2
    exit 1
  fi
}

seconds() { # 10s, 2m, 10 -> seconds
  case $1 in
    *m) echo $(( ${1%m} * 60 )) ;;
    *s) echo "${1%s}" ;;
    *) echo "$1" ;;
  esac
}

# The options of the default H2 URL in application.properties (every commit on disk before
# the answer; a wait of up to 60 s for a lock; closed by the app, not by H2's shutdown
# hook), for the scripts' own H2 file databases.
H2_OPTIONS=";WRITE_DELAY=0;LOCK_TIMEOUT=60000;DB_CLOSE_ON_EXIT=FALSE"
