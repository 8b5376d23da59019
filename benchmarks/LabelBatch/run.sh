#!/bin/sh
# Side-by-side benchmark: 1,000 asset labels (QR, tag, Chinese or English name) from one CSV
# into one print-ready PDF, by Quartermaster (label-batch, release build) and by Debian's
# glabels-3-batch with the equivalent template asset-62x29.glabels. Prints wall time, peak
# memory (max RSS from /usr/bin/time -v) and PDF size for both, then checks that the first and
# last labels of each PDF scan.
#
#   benchmarks/LabelBatch/run.sh [ROWS]        (from the package root; needs glabels, time,
#                                               poppler-utils, zbar-tools)
set -eu
ROWS=${1:-1000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/qm-label-batch.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"

swift build -c release --scratch-path "${SCRATCH:-.build-labels}" --product label-batch >/dev/null
BIN=$(swift build -c release --scratch-path "${SCRATCH:-.build-labels}" --show-bin-path)/label-batch

"$BIN" --write-csv "$WORK/assets.csv" "$ROWS"
cp benchmarks/LabelBatch/asset-62x29.glabels "$WORK/"

# glabels needs no X display for batch output; use xvfb-run if a build of it ever does.
GLABELS="glabels-3-batch"
[ -n "${DISPLAY:-}" ] || ! command -v xvfb-run >/dev/null || [ -z "${GLABELS_XVFB:-}" ] || GLABELS="xvfb-run -a glabels-3-batch"

measure() { # NAME OUTPUT COMMAND...
    name=$1; out=$2; shift 2
    /usr/bin/time -v -o "$WORK/$name.time" "$@" >"$WORK/$name.log" 2>&1
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/$name.time")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/$name.time")
    user=$(sed -n 's/.*User time (seconds): //p' "$WORK/$name.time")
    sys=$(sed -n 's/.*System time (seconds): //p' "$WORK/$name.time")
    size=$(stat -c %s "$out")
    pages=$(pdfinfo "$out" | sed -n 's/^Pages: *//p')
    first=$(pdftoppm -r 300 -f 1 -l 1 -png "$out" | zbarimg --quiet --raw - 2>/dev/null || true)
    last=$(pdftoppm -r 300 -f "$pages" -l "$pages" -png "$out" | zbarimg --quiet --raw - 2>/dev/null || true)
    printf '%-14s wall %-8s cpu %5ss user + %5ss sys  max RSS %4d MiB  PDF %5d KiB  pages %s  QR p1/last %s/%s\n' \
        "$name" "$wall" "$user" "$sys" $((rss / 1024)) $((size / 1024)) "$pages" "$first" "$last"
}

echo "$ROWS labels, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
measure quartermaster "$WORK/qm.pdf" "$BIN" "$WORK/assets.csv" "$WORK/qm.pdf" asset-62x29
sed -n 's/^label-batch: /  (in-process: /p' "$WORK/quartermaster.log" | sed 's/$/)/'
(cd "$WORK" && measure glabels "$WORK/glabels.pdf" $GLABELS -o "$WORK/glabels.pdf" -i "$WORK/assets.csv" asset-62x29.glabels)
