#!/usr/bin/env bash
# The soak, run on demand (not part of the build): a steady mixed load (officers searching, dossier edits, members'
# handbook, delegates checking in and voting) for 30 minutes by default; targets: zero errors, the heap after a
# full GC within +10 % of the first minute's, the last minutes' p95 within 1.5 times the first minutes'.
# Options: --minutes N, --rate N (requests/s), --clients N. Report: bench/target/soak-report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/build-if-needed.sh
exec java -Xms256m -Xmx1g -Djava.io.tmpdir=bench/target/tmp -cp "$jar" vn.dangbo.bench.SoakBench --root . "$@"
