#!/usr/bin/env bash
# Runs the provincial-platform simulator (a test fixture of adapters-provincial-sync) on its own, seeded with the
# sample district: ./scripts/simulator.sh [port, default 8099]. Environment: SIM_PROJECTS (generated projects),
# SIM_UNAVAILABLE_RATE, SIM_RESET_RATE, SIM_DELAY_RATE, SIM_DELAY_MILLIS, SIM_MALFORMED_RATE, SIM_DUPLICATE_PAGE_RATE,
# SIM_LOST_ANSWER_RATE (fault rates in [0, 1]); SIM_UNITS > 0 serves a generated district of SIM_UNITS units and
# SIM_PROJECTS projects of SIM_YEAR (default 2025) instead of the sample (scripts/bench.sh), SIM_SEED its seed. Builds the test classes first (never installs anything).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./mvnw -B -q -pl adapters-provincial-sync -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/simulator.classpath -Dmdep.includeScope=test >/dev/null
module=adapters-provincial-sync
cp="$module/target/test-classes:$module/target/classes:$(cat "$module/target/simulator.classpath")"
exec java -cp "$cp" \
  -Dsim.projects="${SIM_PROJECTS:-0}" -Dsim.units="${SIM_UNITS:-0}" -Dsim.year="${SIM_YEAR:-2025}" -Dsim.seed="${SIM_SEED:-42}" -Dsim.unavailableRate="${SIM_UNAVAILABLE_RATE:-0}" -Dsim.resetRate="${SIM_RESET_RATE:-0}" \
  -Dsim.delayRate="${SIM_DELAY_RATE:-0}" -Dsim.delayMillis="${SIM_DELAY_MILLIS:-5000}" -Dsim.malformedRate="${SIM_MALFORMED_RATE:-0}" \
  -Dsim.duplicatePageRate="${SIM_DUPLICATE_PAGE_RATE:-0}" -Dsim.lostAnswerRate="${SIM_LOST_ANSWER_RATE:-0}" \
  cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator "${1:-8099}"
