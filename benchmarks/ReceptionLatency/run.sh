#!/bin/sh
# Reception latency against a private cupsd: invite scan → badge job accepted by CUPS.
#
#   benchmarks/ReceptionLatency/run.sh [VISITS]    (from the package root; needs cups, scripts/cupsd-test)
set -eu
VISITS=${1:-300}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
swift build -c release --static-swift-stdlib --product reception-latency >/dev/null
swift build -c release --static-swift-stdlib --product quartermaster >/dev/null   # draws the badges, as packaged (QM_BENCH_DRAW=here: not used)
BIN=$(swift build -c release --static-swift-stdlib --show-bin-path)/reception-latency
DIR=$(mktemp -d /tmp/qm-bench-cupsd.XXXXXX)
trap 'scripts/cupsd-test stop "$DIR" >/dev/null 2>&1 || true; rm -rf "$DIR"' EXIT
scripts/cupsd-test start "$DIR" 9 >/dev/null
CUPS_SERVER="$DIR/cups.sock" QM_LABELS="$ROOT/labels" QM_BENCH_QUARTERMASTER="$(dirname "$BIN")/quartermaster" "$BIN" "$VISITS"
