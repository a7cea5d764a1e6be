#!/usr/bin/env bash
# Alternated A/B of two or more doclint executables on one file (docs/performance.md, branch perf14): each round runs
# every build once, in turn, so load from other work falls on all of them alike. Prints per build the median and
# range of wall time, of user+system CPU (`/usr/bin/time`) and of task clock (`perf stat`, finer than time's 10 ms).
#   tools/perf/ab-one-file.sh RUNS FILE DOCLINT... (e.g. 11 article.txt /tmp/main/doclint /tmp/branch/doclint)
# The last run of each build writes its JSON to a temporary file; the script says whether they are byte-identical.
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: tools/perf/ab-one-file.sh RUNS FILE DOCLINT..." >&2; exit 2; }
runs=$1
file=$2
shift 2
command -v perf >/dev/null || { echo "error: perf is not installed" >&2; exit 2; }
work=$(mktemp -d /tmp/doclint-ab.XXXXXX)
trap 'rm -rf "$work"' EXIT
for _ in $(seq "$runs"); do
  for i in $(seq $#); do
    build=${!i}
    /usr/bin/time -q -f '%e %U %S' -o "$work/time" perf stat -x, -e task-clock -o "$work/stat" \
      "$build" "$file" --format json --output "$work/out$i.json" >/dev/null 2>&1 || true
    clock=$(grep task-clock "$work/stat" | cut -d, -f1)
    read -r wall user system < "$work/time"
    echo "$wall $(awk -v u="$user" -v s="$system" 'BEGIN {print u + s}') $clock" >> "$work/runs$i"
  done
done
# median (range) of one column
summary() { cut -d' ' -f"$1" "$2" | sort -n | awk '{a[NR]=$1} END {printf "%.3g (%.3g-%.3g)", a[int((NR+1)/2)], a[1], a[NR]}'; }
for i in $(seq $#); do
  echo "${!i}: wall s $(summary 1 "$work/runs$i"), CPU s $(summary 2 "$work/runs$i"), task clock ms $(summary 3 "$work/runs$i")"
done
if [ $# -ge 2 ]; then
  for i in $(seq 2 $#); do
    cmp -s "$work/out1.json" "$work/out$i.json" && echo "${!i}: JSON identical to the first build's" || echo "${!i}: JSON DIFFERS from the first build's"
  done
fi
echo "1-minute load average at the end: $(cut -d' ' -f1 /proc/loadavg)"
