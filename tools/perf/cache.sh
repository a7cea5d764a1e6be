#!/usr/bin/env bash
# doclint --cache on a whole corpus (docs/performance.md, "Cache (branch cache)"): no cache, a cold run that fills
# an empty cache, a warm run (every document a hit), a warm run after one file changed, and the bare parallel
# Markdig parse of the same files; wall time, user CPU and peak RSS of each, the runs alternated so load drifts
# hit every row alike. The corpus is copied to a scratch folder (one file is edited there, never in shared/).
#   tools/perf/cache.sh DOCLINT [--runs N] [--corpus allsides|psdocs] [--stdout]
# DOCLINT is the executable to time: the installed native tool, or src/DocLint.Cli/bin/Release/net10.0/doclint.
# --stdout: each run writes the default format to standard output through a pipe (`| cat > /dev/null`, as in CI),
# instead of JSON to --output: what the console costs.
set -euo pipefail
cd "$(dirname "$0")/../.."
doclint=$(realpath "$1"); shift
runs=3
corpus=allsides
stdout=false
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    --stdout) stdout=true; shift ;;
    *) echo "usage: tools/perf/cache.sh DOCLINT [--runs N] [--corpus allsides|psdocs] [--stdout]" >&2; exit 2 ;;
  esac
done
data=$(cd .. && pwd)/shared/data
case "$corpus" in
  allsides) source=$data/allsides_news_articles/articles; include=(--include '*.txt') ;;
  psdocs) source=$data/powershell_docs_markdown/reference; include=() ;;
  *) echo "error: --corpus is allsides or psdocs" >&2; exit 2 ;;
esac
dotnet build -c Release tools/perf/BareMarkdig -v q -nologo >/dev/null
bare=$(realpath tools/perf/BareMarkdig/bin/Release/net10.0/BareMarkdig)
work=$(mktemp -d /tmp/doclint-cache-perf.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$source" "$work/corpus"
changed=$(find "$work/corpus" -type f \( -name '*.txt' -o -name '*.md' \) | sort | sed -n 1p)
cd "$work"
if $stdout; then
  # sh runs doclint into the pipe; /usr/bin/time counts sh, doclint and cat together (cat's share is small).
  lint=(sh -c '"$0" "$@" | cat > /dev/null' "$doclint" corpus "${include[@]}")
else
  lint=("$doclint" corpus "${include[@]}" --format json --output "$work/out.json")
fi
"${lint[@]}" --cache --cache-location warm >/dev/null 2>&1 || true   # fills the warm cache; not timed

# one timed run: NAME COMMAND...; appends "NAME wall user rssKB" to $work/results
timed() {
  local name=$1; shift
  /usr/bin/time -q -f "$name %e %U %M" -a -o "$work/results" "$@" >/dev/null 2>&1 || true
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $runs runs of each, alternated" >&2
for i in $(seq "$runs"); do
  timed "no-cache" "${lint[@]}"
  rm -rf cold
  timed "cold" "${lint[@]}" --cache --cache-location cold
  timed "warm" "${lint[@]}" --cache --cache-location warm
  echo "An added sentence, run $i." >> "$changed"
  timed "one-changed" "${lint[@]}" --cache --cache-location warm
  timed "bare-markdig" "$bare" corpus
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "| $corpus: $(find corpus -type f | wc -l) files, $(du -sbL corpus | awk '{printf "%.1f", $1 / 1e6}') MB | wall (median) | runs | user CPU (median) | peak RSS (max) |"
echo "|---|---|---|---|---|"
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR + 1) / 2)]}'; }
for name in no-cache cold warm one-changed bare-markdig; do
  rows=$(grep "^$name " results)
  wall=$(awk '{print $2}' <<<"$rows" | median)
  user=$(awk '{print $3}' <<<"$rows" | median)
  peak=$(awk '{print $4}' <<<"$rows" | sort -n | tail -1)
  all=$(awk '{print $2}' <<<"$rows" | paste -sd, | sed 's/,/, /g')
  printf '| %s | %.2f s | %s | %.2f s | %d MiB |\n' "$name" "$wall" "$all" "$user" $((peak / 1024))
done
