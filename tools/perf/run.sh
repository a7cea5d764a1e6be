#!/usr/bin/env bash
# Whole-process timing (docs/performance.md): the installed native tool and the framework-dependent build of
# doclint against a bare parallel Markdig parse of the same files, on the allsides corpus (plain text), the
# PowerShell docs (Markdown) and one 7 KB article; the time to the first finding of a 3,000-article run; and, with
# --peers, the peer linters of ../shared/peers on the same files (a subset of the allsides corpus: the slowest peer
# reads about 8 KB/s). Prints medians, ratios and the load average, as Markdown tables.
#   tools/perf/run.sh [--runs N] [--peers] [--peer-files N]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=5
peers=false
peer_files=50
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --peers) peers=true; shift ;;
    --peer-files) peer_files=$2; shift 2 ;;
    *) echo "usage: tools/perf/run.sh [--runs N] [--peers] [--peer-files N]" >&2; exit 2 ;;
  esac
done
data=$(cd .. && pwd)/shared/data
[ -d "$data" ] || { echo "error: $data not found (the shared data sits beside the repository)" >&2; exit 2; }
allsides=$data/allsides_news_articles/articles
psdocs=$data/powershell_docs_markdown/reference
# The first article by name of about 7 KB: the same one on every run.
article=$(find "$allsides" -name '*.txt' -size +7000c -size -7400c | sort | sed -n 1p)
work=$(mktemp -d /tmp/doclint-perf.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "building (the native tool is compiled once, then reused)..." >&2
# The tool as a user installs it: the packages README.md packs, installed into a tool path. Packed before the
# build: a pack builds without the apphost (PublishAot) and its incremental clean deletes bin/.../doclint.
dotnet pack src/DocLint.Cli -o "$work/feed" -v q -nologo >/dev/null
dotnet pack src/DocLint.Cli -r linux-x64 -o "$work/feed" -v q -nologo >/dev/null
NUGET_PACKAGES=$work/packages dotnet tool install DocLint --tool-path "$work/tools" --add-source "$work/feed" >/dev/null
dotnet build -c Release src/DocLint.Cli -v q -nologo >/dev/null
dotnet build -c Release tools/perf/BareMarkdig -v q -nologo >/dev/null
native=$work/tools/doclint
framework=src/DocLint.Cli/bin/Release/net10.0/doclint
bare=tools/perf/BareMarkdig/bin/Release/net10.0/BareMarkdig

# median wall seconds and max RSS (MiB) of a command over $runs runs; output discarded
measure() {
  local times=() peak=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -q -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
    read -r wall rss < "$work/time"
    times+=("$wall")
    [ "$rss" -gt "$peak" ] && peak=$rss
  done
  echo "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') $((peak / 1024))"
}

megabytes() { du -cbL "$@" | tail -1 | awk '{printf "%.2f", $1 / 1048576}'; }

# row NAME PATH [doclint options]: the bare parse reads PATH alone
row() {
  local name=$1 path=$2; shift 2
  local n f b
  n=$(measure "$native" "$path" "$@" --format json --output "$work/out.json")
  f=$(measure "$framework" "$path" "$@" --format json --output "$work/out.json")
  b=$(measure "$bare" "$path")
  awk -v n="$name" -v x="$n" -v y="$f" -v z="$b" 'BEGIN {
    split(x, a, " "); split(y, c, " "); split(z, d, " ");
    printf "| %s | %.2f s | %d MiB | %.2f s | %d MiB | %.2f s | %.2fx |\n", n, a[1], a[2], c[1], c[2], d[1], (d[1] > 0 ? a[1] / d[1] : 0) }'
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; median of $runs runs"
echo
echo "| input | doclint, installed native tool | peak | doclint, framework-dependent | peak | bare Markdig parse | native / bare |"
echo "|---|---|---|---|---|---|---|"
row "allsides ($(ls "$allsides" | wc -l) plain-text files, $(megabytes "$allsides") MB)" "$allsides" --include '*.txt'
row "PowerShell docs ($(find "$psdocs" -name '*.md' | wc -l) Markdown files, $(megabytes "$psdocs") MB)" "$psdocs"
row "one article ($(basename "$article"), $(du -b "$article" | cut -f1) bytes)" "$article"

# The first finding of a 3,000-article run: when the first line reaches stdout, and when the run ends.
mkdir -p "$work/3000"
find "$allsides" -name '*.txt' | sort | sed -n 1,3000p | xargs cp -t "$work/3000"
first_line() {
  python3 - "$@" <<'EOF'
import subprocess, sys, time
start = time.monotonic()
process = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
process.stdout.readline()
first = time.monotonic() - start
process.stdout.read()
process.wait()
print(f"{first:.2f} {time.monotonic() - start:.2f}")
EOF
}
echo
echo "| 3,000 allsides articles, \`doclint DIR --include '*.txt'\` | first finding on stdout | whole run |"
echo "|---|---|---|"
for build in native framework; do
  results=()
  for _ in $(seq "$runs"); do results+=("$(first_line "${!build}" "$work/3000" --include '*.txt')"); done
  printf '%s\n' "${results[@]}" | sort -n | awk -v b="$build" '{f[NR]=$1; w[NR]=$2} END {m=int((NR+1)/2); printf "| %s | %.2f s | %.2f s |\n", b, f[m], w[m]}'
done

if $peers; then
  [ -d ../shared/peers/node_modules ] || (cd ../shared/peers && ./install.sh >/dev/null)
  # The same files for every tool: the first $peer_files allsides articles by name.
  mapfile -t subset < <(find "$allsides" -name '*.txt' | sort | sed -n "1,${peer_files}p")
  size=$(megabytes "${subset[@]}")
  echo
  echo "| tool on the first $peer_files allsides articles ($size MB) | median wall | MB/s | doclint (native) is faster by |"
  echo "|---|---|---|---|"
  mine=$(measure "$native" "${subset[@]}" --format json --output "$work/out.json" | cut -d' ' -f1)
  awk -v t="$mine" -v s="$size" 'BEGIN { printf "| doclint (installed native tool) | %.2f s | %.2f | 1x |\n", t, s / t }'
  for peer in diction write-good retext-intensify textlint proselint; do
    theirs=$(measure ../shared/peers/raw-peer.sh "$peer" "${subset[@]}" | cut -d' ' -f1)
    awk -v p="$peer" -v t="$theirs" -v m="$mine" -v s="$size" 'BEGIN { printf "| %s | %.2f s | %.2f | %.1fx |\n", p, t, s / t, t / m }'
  done
fi
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
