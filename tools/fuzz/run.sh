#!/usr/bin/env bash
# Fuzzes DocLint's Markdown and plain-text paths. Usage: tools/fuzz/run.sh [ITERATIONS] [SEED]
#   Default: the in-process mutation loop (no instrumentation needed) over examples/, docs/ and rules/.
#   FUZZ_MODE=libfuzzer: runs the same target under libFuzzer; needs the `sharpfuzz` dotnet tool and a
#   libfuzzer-dotnet binary on PATH (see docs/reliability.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
iterations="${1:-100000}"
seed="${2:-1}"
out="$root/tools/fuzz/bin"
dotnet build "$root/tools/fuzz/DocLint.Fuzz" -c Release -o "$out" -v quiet -nologo
if [[ "${FUZZ_MODE:-loop}" == "libfuzzer" ]]; then
  for assembly in DocLint.Core.dll DocLint.Rules.dll Markdig.dll; do sharpfuzz "$out/$assembly"; done
  mkdir -p "$root/tools/fuzz/corpus"
  cp "$root"/examples/*.md "$root"/docs/*.md "$root/tools/fuzz/corpus/"
  exec libfuzzer-dotnet --target_path="$out/DocLint.Fuzz" --target_arg=--libfuzzer -runs="$iterations" -seed="$seed" "$root/tools/fuzz/corpus"
fi
exec dotnet "$out/DocLint.Fuzz.dll" --iterations "$iterations" --seed "$seed" \
  --corpus "$root/examples" --corpus "$root/docs" --corpus "$root/rules" --crashes "$root/tools/fuzz/crashes"
