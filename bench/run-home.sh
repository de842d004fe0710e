#!/usr/bin/env bash
# The handbook-home benchmark, run on demand (not part of the build): 3,000 members of the 150,000-member bench
# ward open their handbook at once from 20 clients (GET /api/me + GET /api/handbook/home), first every member
# once, then steadily for 30 s; target p95 under 100 ms. About 3 minutes once the bench ward exists (bench/run.sh
# makes it, or this script the first time). Report: bench/target/home-report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/build-if-needed.sh
exec java -Xms512m -Xmx2g -Djava.io.tmpdir=bench/target/tmp -cp "$jar" vn.dangbo.bench.HandbookHomeBench --root . "$@"
