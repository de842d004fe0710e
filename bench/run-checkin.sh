#!/usr/bin/env bash
# The congress check-in benchmark, run on demand (not part of the build): 1,600 delegates of the bench ward check
# in by card within 60 s at 16 door kiosks while an attendance board listens on the live stream; then 200 replays
# and a second session flat out. Targets: every check-in recorded once, p99 under 200 ms, the board showing each
# check-in within 1 s. About 3 minutes once the bench ward exists (bench/run.sh makes it, or this script the
# first time). Report: bench/target/checkin-report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/build-if-needed.sh
exec java -Xms512m -Xmx2g -Djava.io.tmpdir=bench/target/tmp -cp "$jar" vn.dangbo.bench.CheckInBench --root . "$@"
