#!/usr/bin/env bash
# Regenerates the screenshots of the HTML report in docs/: the two example pairs (an English original with its
# Japanese translation, a Japanese original with its English 仮訳), each at 1400 and 800 px wide, first screen and
# first finding. Needs chromium (apt-get install chromium fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -q --product taiyaku
bin=$(swift build --show-bin-path)/taiyaku
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" check seeds/004_c378caca38268456.txt seeds/examples/004-tajikistan.ja.txt \
    --format html --output "$work/004.html" || [ $? -eq 1 ]
"$bin" check seeds/003_8de714b2e908a213.txt seeds/examples/003-turkmenistan.en.txt --source-lang ja --target-lang en \
    --format html --output "$work/003.html" || [ $? -eq 1 ]
python3 Tests/Browser/screenshots.py docs "report-004=$work/004.html" "report-003=$work/003.html"
