#!/usr/bin/env bash
# Checks the audit log's hash chain straight in the database (see README, "Operations"). Works with the system
# running or stopped. Options: --anchor SEQ:HASH (a head noted at an earlier check). Exit 0 whole, 3 broken, 1 error.
set -euo pipefail
cd "$(dirname "$0")"
launcher=launcher/target/ward-launcher.jar
[ -f "$launcher" ] || { echo "Build first: ./mvnw -B -q -DskipTests package (or ./run.sh once)." >&2; exit 1; }
exec java -cp "$launcher" vn.dangbo.launcher.AuditVerify "$@"
