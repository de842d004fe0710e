# Sourced by the bench/run*.sh scripts (from the repository root): builds the WAR and Payara Micro when missing,
# warns when the sources are newer than the WAR being measured, and (re)builds the benchmark jar when stale.
command -v java >/dev/null || { echo "A JDK (17 or later) is needed: java was not found." >&2; exit 1; }

war=handbook-web/target/handbook-web.war
micro=launcher/target/runtime/payara-micro.jar
jar=bench/target/bench.jar

if [ ! -f "$war" ] || [ ! -f "$micro" ]; then
  echo "▶ Building the application first (the WAR or Payara Micro is missing; a few minutes)…"
  ./mvnw -q -B -DskipTests package
elif [ -n "$(find pom.xml migrations records-ejb api handbook-web/src handbook-web/pom.xml -newer "$war" \
      -type f -not -path '*/target/*' -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]; then
  echo "Note: sources changed since $war was built; the benchmark measures that WAR."
  echo "      Rebuild with ./mvnw -DskipTests package to measure the current code."
fi

if [ ! -f "$jar" ] || [ -n "$(find pom.xml bench/pom.xml bench/src migrations/src records-ejb/src records-ejb/pom.xml \
      -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
  echo "▶ Building the benchmark…"
  ./mvnw -q -B -pl bench -am -DskipTests package
fi
mkdir -p bench/target/tmp
