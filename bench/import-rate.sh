#!/usr/bin/env bash
# Import speed: rows per second for DLu's whole oscars.csv and for its first half, each
# imported by the command line into a fresh H2 file database, RUNS times (median kept).
# The time is the importer's own (reading, checking and writing the file), without the
# JVM's start. Appends the figures, the date and the command to docs/benchmarks.md.
#
#   bench/import-rate.sh            # RUNS=3, the file at ../shared/data/oscars/oscars.csv
#   AWARDS_OSCARS_CSV=/path/oscars.csv RUNS=5 bench/import-rate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

csv=${AWARDS_OSCARS_CSV:-../shared/data/oscars/oscars.csv}
runs=${RUNS:-3}
[ -f "$csv" ] || { echo "no oscars.csv at $csv (set AWARDS_OSCARS_CSV)" >&2; exit 1; }

jar=$(awards_jar)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rows=$(( $(wc -l < "$csv") - 1 ))
half=$(( rows / 2 ))
# The half file lives in a temporary folder only, never in the project.
head -n $(( half + 1 )) "$csv" > "$work/half.csv"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() { # file rows -> median seconds
  local file=$1 n
  for n in $(seq "$runs"); do
    rm -rf "$work/db"
    java -jar "$jar" import "$file" --spring.datasource.url="jdbc:h2:file:$work/db/awards$H2_OPTIONS" 2>/dev/null \
      | sed -n 's/^Imported .* in \([0-9.]*\) s$/\1/p'
  done | median
}

whole_s=$(measure "$csv")
half_s=$(measure "$work/half.csv")
whole_rate=$(awk -v r="$rows" -v s="$whole_s" 'BEGIN {printf "%.0f", r / s}')
half_rate=$(awk -v r="$half" -v s="$half_s" 'BEGIN {printf "%.0f", r / s}')
ratio=$(awk -v w="$whole_s" -v h="$half_s" 'BEGIN {printf "%.2f", w / h}')

report=$(cat <<REPORT

## Import rate, $(date -u +%Y-%m-%d) ($(nproc) cores, $(java -version 2>&1 | head -n 1))

Command: \`bench/import-rate.sh\` (RUNS=$runs, median; fresh H2 file database each run)

| file | rows | seconds | rows/second |
|---|---:|---:|---:|
| whole oscars.csv | $rows | $whole_s | $whole_rate |
| first half | $half | $half_s | $half_rate |

Whole file / half file time: $ratio (2.00 would be exactly linear).
REPORT
)
echo "$report"
echo "$report" >> docs/benchmarks.md
