#!/usr/bin/env bash
# Fuzzes DocLint's Markdown and plain-text paths. Usage: tools/fuzz/run.sh [ITERATIONS] [SEED]
#   Default: the in-process mutation loop (no instrumentation needed) over examples/, docs/ and rules/.
#   FUZZ_MODE=afl: coverage-guided, under afl-fuzz (Debian's afl++) through SharpFuzz's fork server, for
#   ITERATIONS seconds; installs afl++ (as root) and the `sharpfuzz` instrumenter (a dotnet tool) when missing.
#   FUZZ_MODE=libfuzzer: runs the same target under libFuzzer; needs the `sharpfuzz` dotnet tool and a
#   libfuzzer-dotnet binary on PATH (see docs/reliability.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
iterations="${1:-100000}"
seed="${2:-1}"
out="$root/tools/fuzz/bin"
dotnet build "$root/tools/fuzz/DocLint.Fuzz" -c Release -o "$out" -v quiet -nologo
if [[ "${FUZZ_MODE:-loop}" == "afl" ]]; then
  seconds="${1:-600}"
  if ! command -v afl-fuzz >/dev/null; then apt-get update -qq && apt-get install -y -qq afl++; fi
  tools="$root/tools/fuzz/.tools"
  [[ -x "$tools/sharpfuzz" ]] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools"
  # Instrument a copy, so the plain build stays usable for the in-process loop.
  instrumented="$root/tools/fuzz/bin-afl"
  rm -rf "$instrumented" && cp -r "$out" "$instrumented"
  for assembly in DocLint.Core.dll DocLint.Rules.dll DocLint.EditorConfig.dll Markdig.dll; do "$tools/sharpfuzz" "$instrumented/$assembly"; done
  seeds="$root/tools/fuzz/afl-seeds"
  rm -rf "$seeds" && mkdir -p "$seeds" && cp "$root"/examples/*.md "$root"/examples/*.txt "$seeds/"
  findings="$root/tools/fuzz/afl-findings"
  rm -rf "$findings"
  # dotnet itself is not instrumented (the assemblies are), hence AFL_SKIP_BIN_CHECK; the .NET runtime needs
  # more than AFL's default memory limit, hence -m none. A broken promise throws, which afl counts as a crash.
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
    afl-fuzz -V "$seconds" -t 10000 -m none -i "$seeds" -o "$findings" -- dotnet "$instrumented/DocLint.Fuzz.dll" --afl \
    >"$findings.log" 2>&1 || true
  stats="$findings/default/fuzzer_stats"
  [[ -f "$stats" ]] || { echo "afl-fuzz did not start; see $findings.log" >&2; tail -20 "$findings.log" >&2; exit 2; }
  grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg|stability) ' "$stats"
  crashes=$(awk '$1 == "saved_crashes" { print $3 }' "$stats")
  exit $(( crashes == 0 ? 0 : 1 ))
fi
if [[ "${FUZZ_MODE:-loop}" == "libfuzzer" ]]; then
  for assembly in DocLint.Core.dll DocLint.Rules.dll Markdig.dll; do sharpfuzz "$out/$assembly"; done
  mkdir -p "$root/tools/fuzz/corpus"
  cp "$root"/examples/*.md "$root"/docs/*.md "$root/tools/fuzz/corpus/"
  exec libfuzzer-dotnet --target_path="$out/DocLint.Fuzz" --target_arg=--libfuzzer -runs="$iterations" -seed="$seed" "$root/tools/fuzz/corpus"
fi
exec dotnet "$out/DocLint.Fuzz.dll" --iterations "$iterations" --seed "$seed" \
  --corpus "$root/examples" --corpus "$root/docs" --corpus "$root/rules" --crashes "$root/tools/fuzz/crashes"
