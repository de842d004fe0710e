#!/usr/bin/env bash
# The import benchmark, run on demand (it is not part of the build): 150,000 invented members in an .xlsx,
# imported through the API into a fresh database (Payara Micro with -Xmx512m), compared with a raw JDBC
# batch insert of the same rows into a second database on the same MariaDB. About 5 minutes.
# Everything it writes is under bench/target/import; the report is kept in bench/target/import/import-report.txt.
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
exec java -Xms512m -Xmx3g -Djava.io.tmpdir=bench/target/tmp -cp "$jar" vn.dangbo.bench.MemberImportBench --root .
