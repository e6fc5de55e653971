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
# FoundationXML leaks one error object for each libxml2 error (suppressed in Fuzz/lsan.supp), so nearly every TBX input
# frees fewer blocks than it allocates, and libFuzzer then runs a whole leak check after it: 51 executions a second
# instead of 1,084 on the seeds. The tbx target therefore runs without leak checks unless asked
# (`Fuzz/run.sh tbx 120 -detect_leaks=1`; a later flag wins); tsv and csv still check the TBX reader for leaks on
# every input they write as TBX and read back.
leaks=()
[ "$target" = tbx ] && leaks=(-detect_leaks=0)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
TAIYAKU_FUZZ_TARGET=$target LSAN_OPTIONS=suppressions=$PWD/Fuzz/lsan.supp \
    .build-fuzz/debug/taiyaku-fuzz "$work" "Fuzz/corpus/$target" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -max_len=65536 -print_final_stats=1 "${leaks[@]}" "${@:3}"
