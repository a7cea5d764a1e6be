#!/usr/bin/env bash
# Whole-process timing of doclint against a bare parallel Markdig parse of the same files (and, with --peers,
# the peer linters), on the corpora in ../shared/data. Prints medians and ratios; results go in docs/performance.md.
#   tools/perf/run.sh [--runs N] [--peers]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=5
peers=false
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --peers) peers=true; shift ;;
    *) echo "usage: tools/perf/run.sh [--runs N] [--peers]" >&2; exit 2 ;;
  esac
done
data=$(cd .. && pwd)/shared/data
[ -d "$data" ] || { echo "error: $data not found (the shared data sits beside the repository)" >&2; exit 2; }
allsides=$data/allsides_news_articles/articles
psdocs=$data/powershell_docs_markdown/reference
article=examples/opinion.md

dotnet build -c Release src/DocLint.Cli -v q -nologo >/dev/null
dotnet build -c Release tools/perf/BareMarkdig -v q -nologo >/dev/null
doclint=src/DocLint.Cli/bin/Release/net10.0/doclint
bare=tools/perf/BareMarkdig/bin/Release/net10.0/BareMarkdig

# median wall seconds and max RSS (MiB) of a command over $runs runs; output discarded
measure() {
  local times=() peak=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o /tmp/doclint-perf.time "$@" >/dev/null 2>&1 || true
    read -r wall rss < /tmp/doclint-perf.time
    times+=("$wall")
    [ "$rss" -gt "$peak" ] && peak=$rss
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$median $((peak / 1024))"
}

row() {
  local name=$1; shift
  local doc bare_result
  doc=$(measure "$doclint" "$@" --format json --output /tmp/doclint-perf.json)
  bare_result=$(measure "$bare" "$@")
  awk -v n="$name" -v d="$doc" -v b="$bare_result" 'BEGIN {
    split(d, x, " "); split(b, y, " ");
    printf "| %s | %.2f s | %d MiB | %.2f s | %.1fx |\n", n, x[1], x[2], y[1], (y[1] > 0 ? x[1] / y[1] : 0) }'
}

echo "| input | doclint (median of $runs) | doclint peak | bare Markdig parse | ratio |"
echo "|---|---|---|---|---|"
row "allsides (plain text, $(ls "$allsides" | wc -l) files)" "$allsides"
row "PowerShell docs (Markdown)" "$psdocs"
row "one article ($article)" "$article"

if $peers; then
  [ -d ../shared/peers/node_modules ] || (cd ../shared/peers && ./install.sh >/dev/null)
  echo
  echo "| peer on $article | median wall |"
  echo "|---|---|"
  for peer in write-good retext-intensify textlint proselint; do
    echo "| $peer | $(measure ../shared/peers/raw-peer.sh "$peer" "$article" | cut -d' ' -f1) s |"
  done
fi
