#!/usr/bin/env bash
# Whole-process timing (docs/performance.md): the installed native tool and the framework-dependent build of
# doclint against a bare parallel Markdig parse of the same files, on the allsides corpus (plain text), the
# PowerShell docs (Markdown) and one 7 KB article; the time to the first finding of a 3,000-article run; and, with
# --peers, the peer linters of ../shared/peers on the same files as doclint.
#   tools/perf/run.sh [--runs N] [--peers] [--peer-files N|all] [--peer-cap PEER=N]... [--peer NAME]...
#                     [--peer-markdown] [--peers-only]
# --peer-files: the first N allsides articles by name (default 50), or all of them.
# --peer-cap PEER=N: that peer reads only the first N of those files (proselint reads about 8 KB/s: the whole
#   corpus would take hours); doclint is timed on the same N files just before and just after it.
# --peer NAME: only the peers named (default: diction, write-good, retext-intensify, textlint, proselint).
# --peer-markdown: also the PowerShell docs, for the peers that parse Markdown (textlint, retext-intensify).
# --peers-only: only the peer tables (the whole-process tables take minutes under load).
# A file list longer than the system's argument limit is passed in batches (xargs), one process per batch, for
# doclint and the peers alike; DOCLINT_PERF_ARGV_BYTES sets a smaller limit (to check the batching).
# The peers are installed by ../shared/peers/install.sh into a writable copy of that folder when it has no
# node_modules of its own: $DOCLINT_PEERS_DIR, or ~/.cache/doclint-peers.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=5
peers=false
peer_files=50
peer_markdown=false
whole=true
declare -A peer_cap=()
known="diction write-good retext-intensify textlint proselint"
chosen=()
usage="usage: tools/perf/run.sh [--runs N] [--peers] [--peer-files N|all] [--peer-cap PEER=N]... [--peer NAME]... [--peer-markdown] [--peers-only]"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --peers) peers=true; shift ;;
    --peer-files) peer_files=$2; shift 2 ;;
    --peer-cap) [[ $2 =~ ^[a-z-]+=[1-9][0-9]*$ ]] || { echo "$usage" >&2; exit 2; }; peer_cap[${2%%=*}]=${2#*=}; shift 2 ;;
    --peer) [[ " $known " == *" $2 "* ]] || { echo "$usage" >&2; exit 2; }; chosen+=("$2"); shift 2 ;;
    --peer-markdown) peer_markdown=true; shift ;;
    --peers-only) peers=true; whole=false; shift ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
[[ $peer_files =~ ^([1-9][0-9]*|all)$ ]] || { echo "$usage" >&2; exit 2; }
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
if $whole; then
  dotnet build -c Release src/DocLint.Cli -v q -nologo >/dev/null
  dotnet build -c Release tools/perf/BareMarkdig -v q -nologo >/dev/null
fi
native=$work/tools/doclint
framework=src/DocLint.Cli/bin/Release/net10.0/doclint
bare=tools/perf/BareMarkdig/bin/Release/net10.0/BareMarkdig

# median wall seconds, max RSS (MiB) and median user CPU seconds of a command over $runs runs; output discarded,
# the last run's stderr kept in $work/stderr
measure() {
  local times=() users=() peak=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -q -f '%e %M %U' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
    read -r wall rss user < "$work/time"
    times+=("$wall")
    users+=("$user")
    [ "$rss" -gt "$peak" ] && peak=$rss
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  echo "$(median "${times[@]}") $((peak / 1024)) $(median "${users[@]}")"
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
if $whole; then
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
fi

if $peers; then
  peerkit=$(cd .. && pwd)/shared/peers
  if [ ! -d "$peerkit/node_modules" ]; then
    # ../shared is read-only to the project: the kit installs into a writable copy (install.sh is idempotent).
    copy=${DOCLINT_PEERS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/doclint-peers}
    mkdir -p "$copy" && cp -rf "$peerkit/." "$copy" && chmod -R u+w "$copy"
    peerkit=$copy
    (cd "$peerkit" && ./install.sh >/dev/null)
  fi
  argv_bytes=${DOCLINT_PERF_ARGV_BYTES:-$(($(getconf ARG_MAX) - $(env | wc -c) - 65536))}
  # A batch's exit status 255 would stop xargs: write-good exits 255 when it finds something.
  batch='"$@"; s=$?; [ "$s" -lt 255 ] || s=1; exit "$s"'
  # with_files LIST CMD...: sets cmd to CMD with the files of LIST (NUL-separated) appended, one process if they
  # fit in the argument limit (each argument costs its bytes, a NUL and a pointer), else one per batch; and
  # processes to the number of processes that makes.
  with_files() {
    local list=$1; shift
    local count; count=$(tr -cd '\0' < "$list" | wc -c)
    if [ $(($(stat -c %s "$list") + 8 * count)) -lt "$argv_bytes" ]; then
      mapfile -d '' -t files < "$list"
      cmd=("$@" "${files[@]}")
      processes=1
    else
      cmd=(xargs -0 -a "$list" -s "$argv_bytes" sh -c "$batch" batch "$@")
      # The same arguments, lengths included, with a script that only counts: the same batches.
      processes=$(xargs -0 -a "$list" -s "$argv_bytes" sh -c "$(printf '%-*s' ${#batch} echo)" batch "$@" | wc -l)
    fi
  }
  notes=()
  # tool_row NAME FILES BYTES PROCESSES RESULT RATIO STDERR: one table row, and a note if the tool wrote to stderr
  tool_row() {
    awk -v n="$1" -v f="$2" -v b="$3" -v p="$4" -v r="$5" -v x="$6" -v l="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
      split(r, a, " "); mb = b / 1048576;
      printf "| %s | %d%s | %.2f | %.2f s | %.3f | %.2f s | %d MiB | %s | %s |\n", n, f, (p > 1 ? " (" p " processes)" : ""),
        mb, a[1], (a[1] > 0 ? mb / a[1] : 0), a[3], a[2], x, l }'
    if [ -s "$7" ]; then
      notes+=("$1 wrote $(wc -l < "$7") lines to stderr (last run); the first: $(head -1 "$7" | cut -c1-200)")
    fi
  }
  # peer_table TITLE LIST PEER...: each peer on the files of LIST (NUL-separated; the first N of them under
  # --peer-cap PEER=N), with doclint on the same files just before and just after it, so that the ratio is
  # taken in the same conditions (the machine is shared)
  peer_table() {
    local title=$1 list=$2; shift 2
    local total n bytes before theirs after ratio mine_processes peer_processes
    total=$(tr -cd '\0' < "$list" | wc -c)
    echo
    echo "| $title | files | MB | wall | MB/s | user CPU | peak RSS | peer wall / doclint wall | load (1 min) after |"
    echo "|---|---|---|---|---|---|---|---|---|"
    for peer in "$@"; do
      n=${peer_cap[$peer]:-$total}
      [ "$n" -le "$total" ] || n=$total
      head -z -n "$n" "$list" > "$work/files"
      bytes=$(du -cbL --files0-from="$work/files" | tail -1 | cut -f1)
      with_files "$work/files" "$native" --format json --output "$work/out.json"
      mine_processes=$processes
      before=$(measure "${cmd[@]}") && mv "$work/stderr" "$work/stderr.before"
      tool_row "doclint (installed native tool), before $peer" "$n" "$bytes" "$mine_processes" "$before" 1x "$work/stderr.before"
      with_files "$work/files" "$peerkit/raw-peer.sh" "$peer"
      peer_processes=$processes
      theirs=$(measure "${cmd[@]}") && mv "$work/stderr" "$work/stderr.peer"
      with_files "$work/files" "$native" --format json --output "$work/out.json"
      after=$(measure "${cmd[@]}") && mv "$work/stderr" "$work/stderr.after"
      ratio=$(awk -v t="${theirs%% *}" -v b="${before%% *}" -v a="${after%% *}" 'BEGIN { printf "%.1fx", t / ((b + a) / 2) }')
      tool_row "$peer" "$n" "$bytes" "$peer_processes" "$theirs" "$ratio" "$work/stderr.peer"
      tool_row "doclint (installed native tool), after $peer" "$n" "$bytes" "$mine_processes" "$after" 1x "$work/stderr.after"
    done
  }

  # The same files for every tool: the first $peer_files allsides articles by name (or all of them).
  find "$allsides" -name '*.txt' -print0 | sort -z > "$work/allsides"
  [ "$peer_files" = all ] || { head -z -n "$peer_files" "$work/allsides" > "$work/subset"; mv "$work/subset" "$work/allsides"; }
  which="the first $peer_files by name"
  [ "$peer_files" != all ] || which="all $(tr -cd '\0' < "$work/allsides" | wc -c)"
  # chosen_of PEER...: those of PEER... that were chosen (all of them without --peer)
  chosen_of() { for p in "$@"; do [[ ${#chosen[@]} -eq 0 || " ${chosen[*]} " == *" $p "* ]] && echo "$p"; done; true; }
  mapfile -t plain < <(chosen_of $known)
  [ ${#plain[@]} -eq 0 ] || peer_table "allsides articles, plain text, $which" "$work/allsides" "${plain[@]}"
  # write-good, diction and proselint read Markdown as plain text; these two parse it.
  mapfile -t markdown < <(chosen_of textlint retext-intensify)
  if $peer_markdown && [ ${#markdown[@]} -gt 0 ]; then
    find "$psdocs" -name '*.md' -print0 | sort -z > "$work/psdocs"
    peer_table "PowerShell docs, Markdown, all $(tr -cd '\0' < "$work/psdocs" | wc -c)" "$work/psdocs" "${markdown[@]}"
  fi
  if [ ${#notes[@]} -gt 0 ]; then
    echo
    printf -- '- %s\n' "${notes[@]}"
  fi
fi
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
