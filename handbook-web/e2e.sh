#!/usr/bin/env bash
# The browser test against the whole system: starts it with the launcher on ports of its own and a
# fresh data folder (real MariaDB, real Keycloak, Payara Micro with the built WAR), runs Playwright
# in Debian's Chromium, and stops everything whatever the outcome.
# Arguments go to Playwright: `handbook-web/e2e.sh e2e/notices.spec.ts` runs one spec.
set -u
cd "$(dirname "$0")/.."
home="$PWD/handbook-web/target/e2e"
rm -rf "$home"; mkdir -p "$home"
export WARD_HOME="$home" WARD_HTTP_PORT=18080 WARD_DB_PORT=13306 WARD_KEYCLOAK_PORT=18180 WARD_KEYCLOAK_MANAGEMENT_PORT=19180
unset WARD_DB_URL WARD_AUTH_URL

java -jar launcher/target/ward-launcher.jar --ready-file "$home/ready" >"$home/launcher.log" 2>&1 &
launcher=$!
stop() {
  kill "$launcher" 2>/dev/null
  for _ in $(seq 1 90); do kill -0 "$launcher" 2>/dev/null || break; sleep 1; done
  kill -9 "$launcher" 2>/dev/null
  true
}
trap stop EXIT

for _ in $(seq 1 420); do
  [ -f "$home/ready" ] && break
  if ! kill -0 "$launcher" 2>/dev/null; then
    echo "The system did not start:"; tail -50 "$home/launcher.log"
    tail -80 "$home"/logs/*.log 2>/dev/null
    exit 1
  fi
  sleep 1
done
[ -f "$home/ready" ] || { echo "The system did not start in 7 minutes"; tail -50 "$home/launcher.log"; exit 1; }
cat "$home/launcher.log"

cd handbook-web/frontend
export E2E_BASE_URL=http://localhost:18080 E2E_HOME="$home"
# e2e/last holds the specs that take a part of the system down (Keycloak): they run after all the others, in a
# full run, or alone when named.
if [[ "$*" == *e2e/last/* ]]; then
  E2E_STAGE=last npx playwright test "$@"
  exit $?
fi
npx playwright test "$@"
rc=$?
if [ $# -eq 0 ]; then
  E2E_STAGE=last npx playwright test || rc=1
fi
exit $rc
