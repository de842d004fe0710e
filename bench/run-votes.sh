#!/usr/bin/env bash
# The open-vote benchmark, run on demand (not part of the build): 5,000 official delegates of the bench ward, all
# checked in, each tablet holding the congress's live event stream; the presidium opens a vote, every delegate votes
# within 2 s, 200 try again, the presidium closes it. Targets: no vote lost or counted twice, p99 of a vote under
# 250 ms, the closed result on every stream within 1 s; it reports the server's memory. About 3-4 minutes once the
# bench ward exists (bench/run.sh makes it, or this script the first time). Report: bench/target/votes-report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

# 5,000 streams and as many client connections in one process each side: more file descriptors than the default.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
. bench/build-if-needed.sh
exec java -Xms512m -Xmx2g -Djava.io.tmpdir=bench/target/tmp -cp "$jar" vn.dangbo.bench.VoteBench --root . "$@"
