#!/usr/bin/env bash
# Fuzz one parser with libFuzzer: Fuzz/run.sh TARGET [SECONDS] (default 60).
# Further arguments go to libFuzzer (for example -artifact_prefix=/tmp/).
# TARGET: document, tsv, csv, tbx, variants, manifest, baseline, parameters (see Fuzz/TaiyakuFuzz/FuzzTarget.swift).
# Builds the fuzzing binary once into .build-fuzz, then runs the target on its seed corpus (Fuzz/corpus/TARGET),
# keeping what libFuzzer finds in a scratch folder so the committed seeds stay as written. A crash leaves its input
# as crash-* (or leak-*, oom-*, timeout-*) in the current folder; replay it in an ordinary build with
# `swift run taiyaku-fuzz TARGET FILE`.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: Fuzz/run.sh TARGET [SECONDS]}
seconds=${2:-60}
[ -d "Fuzz/corpus/$target" ] || { echo "unknown target $target; see Fuzz/corpus/" >&2; exit 2; }
swift build -c debug --build-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING \
    --product taiyaku-fuzz >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
TAIYAKU_FUZZ_TARGET=$target LSAN_OPTIONS=suppressions=$PWD/Fuzz/lsan.supp \
    .build-fuzz/debug/taiyaku-fuzz "$work" "Fuzz/corpus/$target" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -max_len=65536 -print_final_stats=1 "${@:3}"
