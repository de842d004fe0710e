#!/usr/bin/env bash
# The handbook-home benchmark, run on demand (not part of the build): 3,000 members of the 150,000-member bench
# ward open their handbook at once from 20 clients (GET /api/me + GET /api/handbook/home), first every member
# once, then steadily for 30 s; target p95 under 100 ms. About 3 minutes once the bench ward exists (bench/run.sh
# makes it, or this script the first time). Report: bench/target/home-report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v java >/dev/null || { echo "A JDK (17 or later) is needed: java was not found." >&2; exit 1; }
war=handbook-web/target/handbook-web.war
micro=launcher/target/runtime/payara-micro.jar
jar=bench/target/bench.jar
if [ ! -f "$war" ] || [ ! -f "$micro" ]; then
  echo "▶ Building the application first (a few minutes)…"
  ./mvnw -q -B -DskipTests package
fi
if [ ! -f "$jar" ] || [ -n "$(find pom.xml bench/pom.xml bench/src migrations/src records-ejb/src -newer "$jar" -type f -print -quit)" ]; then
  echo "▶ Building the benchmark…"
  ./mvnw -q -B -pl bench -am -DskipTests package
fi
mkdir -p bench/target/tmp
exec java -Xms512m -Xmx2g -Djava.io.tmpdir=bench/target/tmp -cp "$jar" vn.dangbo.bench.HandbookHomeBench --root . "$@"
