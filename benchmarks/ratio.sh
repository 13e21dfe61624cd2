#!/usr/bin/env bash
# The ratio of Convene's committed decisions per second to the pretix baseline's, measured so
# that load which shifts during a run moves both sides alike: N pairs of short JMH runs, one of
# DurableBenchmark.register and one of DurableBenchmark.pretixBaseline, in the same JMH
# configuration, alternating which goes first (C B, B C, C B, ...), all against one embedded
# PostgreSQL started once (BenchmarkServer), each run a fork working on its own copy of the
# template database. Prints each pair's figures, its ratio and the load average, then the medians.
#
#   benchmarks/ratio.sh [-n PAIRS] [-j JAR]... [JMH options]
#   benchmarks/ratio.sh -n 5 -t 8 -p held=100000 -p rules=seed -p desks=shared -wi 1 -w 5s -i 3 -r 5s -f 1
#
# -n: pairs (default 5). -j: the benchmarks jar whose code is measured (default
# benchmarks/target/benchmarks.jar); given more than once (a build before a change, then after),
# each pair runs register with each jar in turn and the baseline with the first, and prints a
# ratio per jar. The server runs from a copy of benchmarks/target/benchmarks.jar (-s JAR for
# another). The JMH options must name one case: -p held=... and -p rules=... once each (default
# 100000 and seed), -t once.
set -euo pipefail
pairs=5
jars=()
serverjar=benchmarks/target/benchmarks.jar
held=100000
rules=seed
jmh=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) pairs="$2"; shift 2 ;;
    -j) jars+=("$2"); shift 2 ;;
    -s) serverjar="$2"; shift 2 ;;
    -p)
      case "$2" in
        held=*) held="${2#held=}" ;;
        rules=*) rules="${2#rules=}" ;;
      esac
      jmh+=("$1" "$2"); shift 2 ;;
    *) jmh+=("$1"); shift ;;
  esac
done
[ ${#jars[@]} -gt 0 ] || jars=(benchmarks/target/benchmarks.jar)
work=$(mktemp -d "${TMPDIR:-/tmp}/convene-ratio.XXXXXX")
cp "$serverjar" "$work/server.jar"
mkfifo "$work/in"
java -cp "$work/server.jar" org.convene.benchmarks.BenchmarkServer "$held" "$rules" < "$work/in" > "$work/server.log" 2>&1 &
server=$!
exec 3> "$work/in" # the server runs until this closes (at exit, however the script ends)
trap 'exec 3>&-; wait "$server" 2>/dev/null || true' EXIT
until grep -q '^url ' "$work/server.log"; do
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; echo "the server did not start" >&2; exit 1; }
  sleep 1
done
url=$(sed -n 's/^url //p' "$work/server.log")
grep '^# template' "$work/server.log" || true

# one JMH run of one method; prints its score (the mean, ops/s)
run() {
  local jar="$1" method="$2" out="$3"
  java -jar "$jar" "DurableBenchmark\\.$method\$" "${jmh[@]}" -rf csv -rff "$out.csv" \
    -jvmArgsAppend "-Xmx6g -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider -Dconvene.bench.postgres.url=$url" \
    > "$out.log" 2>&1 || { tail -30 "$out.log" >&2; return 1; }
  awk -F, 'NR == 2 { gsub(/"/, "", $5); print $5 }' "$out.csv"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "# $(date -u '+%Y-%m-%d %H:%M:%S') UTC, held $held, rules $rules, JMH ${jmh[*]}"
for j in "${!jars[@]}"; do echo "# C$((j + 1)): ${jars[$j]}"; done
head="| pair | order |"; rule="|---|---|"
for j in "${!jars[@]}"; do head+=" C$((j + 1)) /s |"; rule+="---|"; done
head+=" baseline /s |"; rule+="---|"
for j in "${!jars[@]}"; do head+=" ratio C$((j + 1)) |"; rule+="---|"; done
echo "$head load average at each run's start and at the end |"; echo "$rule---|"
for j in "${!jars[@]}"; do : > "$work/ratios$j"; : > "$work/convene$j"; done
: > "$work/baseline"
for i in $(seq 1 "$pairs"); do
  # odd pairs: C1 .. Ck B; even pairs: B Ck .. C1
  steps=()
  for j in "${!jars[@]}"; do steps+=("$j"); done
  steps+=(B)
  if [ $((i % 2)) -eq 0 ]; then
    reversed=(); for ((k = ${#steps[@]} - 1; k >= 0; k--)); do reversed+=("${steps[$k]}"); done; steps=("${reversed[@]}")
  fi
  order=""; loads=""; declare -A score=()
  for step in "${steps[@]}"; do
    loads+="$(load); "
    if [ "$step" = B ]; then
      order+="B "; score[B]=$(run "${jars[0]}" pretixBaseline "$work/b$i")
    else
      order+="C$((step + 1)) "; score[$step]=$(run "${jars[$step]}" register "$work/c$i-$step")
    fi
  done
  loads+="$(load)"
  line="| $i | ${order% } |"; ratios=""
  for j in "${!jars[@]}"; do
    line+=$(printf ' %.0f |' "${score[$j]}")
    r=$(awk -v c="${score[$j]}" -v b="${score[B]}" 'BEGIN { printf "%.2f", c / b }')
    ratios+=" $r |"; echo "$r" >> "$work/ratios$j"; echo "${score[$j]}" >> "$work/convene$j"
  done
  echo "${score[B]}" >> "$work/baseline"
  echo "$line$(printf ' %.0f |' "${score[B]}")$ratios $loads |"
  unset score
done
median() { sort -g "$1" | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for j in "${!jars[@]}"; do
  echo "C$((j + 1)): median ratio $(median "$work/ratios$j") (min $(sort -g "$work/ratios$j" | head -1), max $(sort -g "$work/ratios$j" | tail -1)), median $(median "$work/convene$j") /s"
done
echo "baseline: median $(median "$work/baseline") /s; $pairs pairs; ended $(date -u '+%H:%M:%S') UTC"
echo "# runs' output in $work"
