#!/usr/bin/env bash
# Runs the service on its embedded default: an H2 database under ./data, the sample district of 大祥区,
# http://localhost:8080. Builds the application first when the build is missing or older than the sources.
# Environment: PERF_DATA_DIR (default ./data of this checkout), QUARKUS_HTTP_PORT (default 8080),
# JAVA_OPTS (extra JVM options; -Xmx1g, say, for a larger maximum heap), PERF_RUN_JVM (replaces the JVM settings
# below), PERF_RUN_NO_BUILD (fail rather than build), PERF_RUN_NO_TRAINING (skip the class-data training run).
# Any QUARKUS_* or PERF_* variable configures the service.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
app="$root/adapters-rest/target/quarkus-app"
cd "$root"

stale=""
if [ -f "$app/quarkus-run.jar" ]; then
  stale=$(find pom.xml ./*/pom.xml ./*/src/main ./*/src/sample -newer "$app/quarkus-run.jar" -type f -print -quit 2>/dev/null || true)
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
port=${QUARKUS_HTTP_PORT:-8080}
cd "$app"   # class-data archives name the class path relative to this folder

# Small-footprint JVM settings for a single-node service, chosen by figures (docs/benchmarks.md, "Start-up and
# memory"; scripts/measure-start.sh): C1 only and the serial collector start on 0.6 of the CPU of the full tiered
# JIT and stay under 300 MB resident after a load (tiered: about 400 MB, for 1.6 times the reads per second);
# a small initial heap keeps the young generation (and so the resident memory) small until it is needed.
# The maximum heap bounds the process (README, "Run it"): the heaviest spreadsheet load the limits and the
# bulkhead allow peaks near 120 MB of live heap (HostileUploadsIT); 512 MB leaves room for it and for large
# syncs without back-to-back full collections. An -Xmx in JAVA_OPTS comes later and wins.
# PERF_RUN_JVM replaces these settings (scripts/measure-start.sh compares others with it).
# shellcheck disable=SC2206
jvm=(${PERF_RUN_JVM:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m -Xmx512m})
# shellcheck disable=SC2206
extra=(${JAVA_OPTS:-})

# Class-data sharing: on the first start of a build, a training run records every class the service loads
# up to its first answers (app-trained.jsa, kept beside the build and discarded with it); later starts map
# them instead of loading them. Without it, fall back to the static-init archive Quarkus builds.
trained=app-trained.jsa
if [ ! -f "$trained" ] && [ -z "${PERF_RUN_NO_TRAINING:-}" ] && command -v curl >/dev/null 2>&1; then
  echo "[run] first start of this build: a short training run for faster starts ..."
  # A port of its own, so that nothing but the real service ever answers on $port.
  training_port=""
  for candidate in $(seq 18080 18180); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then training_port=$candidate; break; fi
  done
  if [ -n "$training_port" ]; then
    QUARKUS_HTTP_PORT=$training_port java "${jvm[@]}" "${extra[@]}" -XX:ArchiveClassesAtExit="$trained.tmp" \
      -jar quarkus-run.jar >"$PERF_DATA_DIR/training-run.log" 2>&1 &
    pid=$!
    trap 'kill -TERM "$pid" 2>/dev/null || true' EXIT INT TERM
    for _ in $(seq 1 600); do
      if curl -fs -o /dev/null "http://127.0.0.1:$training_port/q/health/ready"; then break; fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    token=$(curl -s -X POST -H 'Accept: text/plain' "http://127.0.0.1:$training_port/api/v1/demo-identities/auditor/token" || true)
    for path in /api/v1/projects /api/v1/budget-units/105001 /api/v1/projects/NOSUCH0001 /api/v1/audit-events /q/health/ready; do
      curl -s -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$training_port$path" || true
    done
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    trap - EXIT INT TERM
  fi
  if [ -s "$trained.tmp" ]; then mv "$trained.tmp" "$trained"; else rm -f "$trained.tmp"; echo "[run] training skipped (see $PERF_DATA_DIR/training-run.log)"; fi
fi
if [ -f "$trained" ]; then archive=$trained; else archive=app-cds.jsa; fi

exec java -XX:SharedArchiveFile="$archive" "${jvm[@]}" "${extra[@]}" -jar quarkus-run.jar "$@"
