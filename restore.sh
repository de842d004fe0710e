#!/usr/bin/env bash
# Restore of the ward's database (see the README, "Operations"). Uses the database ./run.sh uses: WARD_DB_URL,
# WARD_DB_USER, WARD_DB_PASSWORD, or the embedded one (started for the command if it is not running).
set -euo pipefail
cd "$(dirname "$0")"
launcher=launcher/target/ward-launcher.jar
[ -f "$launcher" ] || { echo "Build first: ./mvnw -B -q -DskipTests package (or ./run.sh once)." >&2; exit 1; }
exec java -cp "$launcher" vn.dangbo.launcher.Backups restore "$@"
