#!/usr/bin/env bash
# Rebuilds rules/models/pos-perceptron.bin from scratch, reproducibly (docs/grammar.md):
#   1. export: DocLint's own tokenizer segments news articles from ../shared (the doclint_gold articles left out),
#      split by article into train and heldout;
#   2. teach: en-pos (MIT, installed from npm into a temporary folder) tags them once: silver labels;
#   3. train: the averaged perceptron learns the silver train split and writes the model;
#   4. measure: agreement with the teacher on the heldout articles, accuracy on the hand-tagged sample.
# The silver data stays in the temporary folder (it derives from the shared articles); only the weights are kept.
# Usage: tools/grammar/train.sh [max-train-articles]   (default 4500; about seven minutes on two busy cores)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${DOCLINT_SHARED:-$repo/../shared}"
max_train="${1:-4500}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/tools/grammar/DocLint.GrammarTool" -c Release -o "$work/tool" --nologo -v quiet
tool() { dotnet "$work/tool/DocLint.GrammarTool.dll" "$@"; }

tool export --articles "$shared/data/allsides_news_articles/articles" --gold "$shared/data/doclint_gold" \
  --out "$work/sentences.tsv" --max-train "$max_train" --max-heldout 150

cp "$repo/tools/grammar/package.json" "$repo/tools/grammar/teacher.js" "$work/"
(cd "$work" && npm install --no-audit --no-fund --silent)
# Two teachers in parallel over the two halves; concatenated in order, so the result is the same as one.
split -n l/2 -d "$work/sentences.tsv" "$work/part."
node "$work/teacher.js" < "$work/part.00" > "$work/silver.00" &
node "$work/teacher.js" < "$work/part.01" > "$work/silver.01"
wait
cat "$work/silver.00" "$work/silver.01" > "$work/silver.tsv"

tool train --silver "$work/silver.tsv" --out "$repo/rules/models/pos-perceptron.bin" --epochs 5 --threshold 0.05 --max-weights 450000
tool eval --silver "$work/silver.tsv" --model "$repo/rules/models/pos-perceptron.bin"
tool eval-hand --sample "$repo/tests/DocLint.Core.Tests/Grammar/hand-tagged.txt" --model "$repo/rules/models/pos-perceptron.bin"
