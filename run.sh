#!/usr/bin/env bash
# Starts the whole system on embedded defaults: MariaDB (data in ./data/db), Keycloak (realm "ward"
# from keycloak/realm-ward.json, demo accounts), Payara Micro with the web app, seeded once with an
# invented demo ward. Builds first when anything is missing or older than the sources.
# Ctrl-C stops everything it started. Environment variables: see the README.
set -euo pipefail
cd "$(dirname "$0")"

command -v java >/dev/null || { echo "A JDK (17 or later) is needed: java was not found." >&2; exit 1; }

war=handbook-web/target/handbook-web.war
launcher=launcher/target/ward-launcher.jar
stale() {
  [ -f "$war" ] && [ -f "$launcher" ] || return 0
  [ -n "$(find pom.xml migrations records-ejb api launcher/src launcher/pom.xml handbook-web/pom.xml \
      handbook-web/src handbook-web/frontend/src handbook-web/frontend/index.html handbook-web/frontend/package.json \
      -newer "$war" -type f -not -path '*/target/*' -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]
}
if stale; then
  command -v npm >/dev/null || { echo "Node.js and npm are needed to build the web app." >&2; exit 1; }
  echo "▶ Building (first time: a few minutes; Maven fetches Payara Micro, Keycloak and MariaDB)…"
  ./mvnw -B -q -DskipTests package
fi

exec java -jar "$launcher" "$@"
