#!/usr/bin/env bash
# Scores `taiyaku align` on the English–Japanese development set in ../shared/data/alignment-dev with its own
# scorer (link precision, recall and F1 per variant, and omission detection). The data is read in place, never
# copied into the project. Usage: Benchmarks/evaluate-alignment.sh [score.py options, e.g. --only clean]
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data/alignment-dev
if [ ! -d "$data" ]; then
    echo "no development set at $data" >&2
    exit 2
fi
swift build -c release --product taiyaku >/dev/null
python3 "$data/score.py" "$data" "$@" -- \
    sh -c '.build/release/taiyaku align "$EN" "$JA" --format tsv > "$OUT"'
