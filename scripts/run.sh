#!/usr/bin/env bash
# Runs the service on its embedded default: an H2 database under ./data, the sample district of 大祥区,
# http://localhost:8080. Builds the application first when the build is missing or older than the sources.
# Environment: PERF_DATA_DIR (default ./data of this checkout), QUARKUS_HTTP_PORT (default 8080),
# JAVA_OPTS (extra JVM options), PERF_RUN_NO_BUILD (fail rather than build). Any QUARKUS_* or PERF_* variable configures the service.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
app="$root/adapters-rest/target/quarkus-app"
cd "$root"

stale=""
if [ -f "$app/quarkus-run.jar" ]; then
  stale=$(find pom.xml ./*/pom.xml ./*/src/main -newer "$app/quarkus-run.jar" -type f -print -quit 2>/dev/null || true)
fi
if [ ! -f "$app/quarkus-run.jar" ] || [ -n "$stale" ]; then
  if [ -n "${PERF_RUN_NO_BUILD:-}" ]; then
    echo "[run] the build is missing or older than the sources, and PERF_RUN_NO_BUILD forbids building" >&2
    exit 1
  fi
  echo "[run] building the application (./mvnw package -DskipTests) ..."
  ./mvnw -B -q package -DskipTests
fi

export PERF_DATA_DIR=${PERF_DATA_DIR:-$root/data}
mkdir -p "$PERF_DATA_DIR"
cd "$app"
# The class-data-sharing archive (built with the jar) names the class path relative to this folder,
# hence the cd. C1-only compilation and the archive halve start-up on a small machine.
# shellcheck disable=SC2086
exec java -XX:SharedArchiveFile=app-cds.jsa -XX:TieredStopAtLevel=1 ${JAVA_OPTS:-} -jar quarkus-run.jar "$@"
