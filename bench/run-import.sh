#!/usr/bin/env bash
# The import benchmark, run on demand (it is not part of the build): 150,000 invented members in an .xlsx,
# imported through the API into a fresh database (Payara Micro with -Xmx512m), compared with a raw JDBC
# batch insert of the same rows into a second database on the same MariaDB. About 5 minutes.
# Everything it writes is under bench/target/import; the report is kept in bench/target/import/import-report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/build-if-needed.sh
exec java -Xms512m -Xmx3g -Djava.io.tmpdir=bench/target/tmp -cp "$jar" vn.dangbo.bench.MemberImportBench --root .
