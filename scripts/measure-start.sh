#!/usr/bin/env bash
# Start time and resident memory of the embedded default, as ./scripts/run.sh starts it (docs/benchmarks.md,
# "Start-up and memory"). Prints [benchmark] lines:
#   start-to-ready  seconds from launching run.sh to the first 200 of /q/health/ready (a restart: the data folder
#                   already holds the sample district, and the build's class-data archive is trained), and the CPU
#                   time the JVM spent until then (user + system: what a busy machine does not inflate)
#   rss idle        resident memory (VmRSS) once ready
#   load ...        req/s and p99 of a hey run (20 clients) per path, when LOAD_SECONDS > 0 or REQUESTS > 0
#   rss after load  VmRSS after the load, and the peak (VmHWM) of the whole run
# The build must exist (./mvnw package -DskipTests); this script never builds.
# Environment: PERF_RUN_JVM (replaces run.sh's JVM settings, to compare others), JAVA_OPTS (adds to them),
# PORT (default 18480), LOAD_SECONDS (per path, default 10; 0 = start and idle memory only), REQUESTS (per path,
# instead of a duration: the same work whatever the machine's speed, so that memory figures compare on a busy
# machine), CLIENTS (default 20),
# PERF_DATA_DIR (default adapters-rest/target/measure-data, seeded by an unmeasured first start).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-18480}
load_seconds=${LOAD_SECONDS:-10}
requests=${REQUESTS:-0}
if [ "$requests" != 0 ]; then load=(-n "$requests"); else load=(-z "${load_seconds}s"); fi
clients=${CLIENTS:-20}
data=${PERF_DATA_DIR:-$root/adapters-rest/target/measure-data}
base="http://127.0.0.1:$port"

command -v curl >/dev/null || { echo "[measure] curl is needed" >&2; exit 1; }
if { [ "$load_seconds" != 0 ] || [ "$requests" != 0 ]; } && ! command -v hey >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y hey >/dev/null; else sudo apt-get install -y hey >/dev/null; fi
fi
if [ ! -f "$root/adapters-rest/target/quarkus-app/quarkus-run.jar" ]; then
  echo "[measure] no build: run ./mvnw package -DskipTests first" >&2
  exit 1
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "[measure] port $port is taken" >&2
  exit 1
fi

pid=""
stop() {
  if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi
}
trap stop EXIT INT TERM

# Launches run.sh (which execs java, so $pid is the JVM) and waits for readiness; sets ready_seconds.
start() {
  local t0 t1
  t0=$(date +%s.%N)
  PERF_DATA_DIR="$data" QUARKUS_HTTP_PORT="$port" PERF_RUN_NO_BUILD=1 PERF_RATE_LIMIT_ENABLED=false \
    "$root/scripts/run.sh" >"$data.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 6000); do   # up to about 5 minutes on a busy machine
    if curl -fs -o /dev/null "$base/q/health/ready"; then
      t1=$(date +%s.%N)
      ready_seconds=$(echo "$t1 - $t0" | bc)
      ready_cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$pid/stat")
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  echo "[measure] the service did not become ready (see $data.log)" >&2
  exit 1
}
kib() { awk -v k="$1" '$1 == k":" { print $2 }' "/proc/$pid/status"; }
mb() { echo "$(( $1 / 1024 ))"; }

mkdir -p "$data"
if [ ! -f "$data/.measure-seeded" ]; then
  echo "[measure] first start: training run and the sample district's sync (not measured) ..."
  start
  stop
  touch "$data/.measure-seeded"
fi

start
echo "[benchmark] start-to-ready $(printf '%.2f' "$ready_seconds") s, cpu ${ready_cpu} s ($(grep -o 'started in [0-9.]*s' "$data.log" | head -1))"
sleep 1
echo "[benchmark] rss idle $(mb "$(kib VmRSS)") MB"

if [ "$load_seconds" != 0 ] || [ "$requests" != 0 ]; then
  token=$(curl -fs -X POST -H 'Accept: text/plain' "$base/api/v1/demo-identities/finance-admin/token")
  code=$(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/projects?size=1" \
    | grep -o '"projectCode" *: *"[^"]*"' | head -1 | sed 's/.*"\([^"]*\)"$/\1/')
  for path in "/api/v1/projects/$code" "/api/v1/projects?size=20"; do
    out=$(hey "${load[@]}" -c "$clients" -H "Authorization: Bearer $token" "$base$path")
    rps=$(echo "$out" | awk '/Requests\/sec/ { printf "%d", $2 }')
    p99=$(echo "$out" | awk '/ 99%/ { printf "%.1f", $3 * 1000 }')
    non200=$(echo "$out" | awk '/Status code distribution/ { f = 1; next } f && /\[/ && $1 != "[200]" { n += $2 } END { print n + 0 }')
    echo "[benchmark] load GET ${path/$code/{code\}}: $rps req/s, p99 $p99 ms, non-200 $non200"
  done
  echo "[benchmark] rss after load $(mb "$(kib VmRSS)") MB (peak $(mb "$(kib VmHWM)") MB)"
fi
