#!/usr/bin/env bash
# The load benchmark, one command (docs/benchmarks.md): installs hey if missing, provisions PostgreSQL, builds the
# production artifact when missing or stale, generates the data set ten times the district (or restores it from its
# template database), starts the production build on it with its own RS256 key pair, warms up, and measures every
# path of issue 15 at saturation and at the fixed rates of the targets, each also as a ratio of the framework's
# ceiling measured in the same run; then the embedded default's start time and resident memory.
# Output: a table on stdout, target/bench/results.tsv (machine-readable), raw tool output under target/bench/raw/.
#
# Environment (defaults in brackets):
#   BENCH_JAVA_OPTS   JVM options of the production instance [-Xmx512m]
#   BENCH_REGENERATE  1: generate the data set again even if the cached one is current
#   BENCH_PORT_BASE   first of the ports used: API, management, simulator, embedded default [28100]
#   BENCH_DURATION    seconds of each measured load run [8]; BENCH_WARMUP seconds of warm-up per path [3]
#   BENCH_CONCURRENCY clients at saturation [20]
#   BENCH_SKIP_EMBEDDED 1: leave out the embedded default's start and memory
#   BENCH_DB          the bench database [perf_bench]; its template is ${BENCH_DB}_seed
#   BENCH_OUT         where results, keys and the cached generator state go [target/bench]
#   BENCH_UNITS, BENCH_PROJECTS  size of the generated district [1260, 20000] (smaller for a quick check of the script)
#   PERF_DB_HOST/PERF_DB_PORT/PERF_DB_USER/PERF_DB_PASSWORD as for scripts/provision-postgres.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${BENCH_OUT:-$root/target/bench}
mkdir -p "$out/raw" "$out/keys" "$out/seed"

base=${BENCH_PORT_BASE:-28100}
api_port=$base
mgmt_port=$((base + 1))
sim_port=$((base + 2))
embedded_port=$((base + 3))
duration=${BENCH_DURATION:-8}
warmup=${BENCH_WARMUP:-3}
clients=${BENCH_CONCURRENCY:-20}
java_opts=${BENCH_JAVA_OPTS:--Xmx512m}
db_host=${PERF_DB_HOST:-127.0.0.1}
db_port=${PERF_DB_PORT:-5432}
db_user=${PERF_DB_USER:-perf}
db_password=${PERF_DB_PASSWORD:-perf}
seed_db=${BENCH_DB:-perf_bench}_seed
bench_db=${BENCH_DB:-perf_bench}
units=${BENCH_UNITS:-1260}
projects=${BENCH_PROJECTS:-20000}
year=2025

say() { echo "[bench] $*"; }
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid" 2>/dev/null || true; fi
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------- tools
need=()
command -v hey >/dev/null 2>&1 || need+=(hey)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  say "installing ${need[*]} with apt"
  if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; else apt_get="sudo -n apt-get"; fi
  DEBIAN_FRONTEND=noninteractive $apt_get update -qq
  DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq "${need[@]}" >/dev/null
fi

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@";
  elif command -v runuser >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@";
  else sudo -n -u postgres "$@"; fi
}
psql_admin() { as_postgres psql -p "$db_port" -v ON_ERROR_STOP=1 -qtA "$@"; }

PERF_DB_NAME=$seed_db ./scripts/provision-postgres.sh >/dev/null

# ---------------------------------------------------------------------------------------------------- build
prod="$root/adapters-rest/target/production"
stale=""
if [ -f "$prod/quarkus-run.jar" ]; then
  stale=$(find pom.xml ./*/pom.xml ./*/src/main -newer "$prod/quarkus-run.jar" -type f -print -quit 2>/dev/null || true)
fi
if [ ! -f "$prod/quarkus-run.jar" ] || [ -n "$stale" ]; then
  say "building the production artifact ..."
  ./mvnw -B -q package -DskipTests -Pproduction -pl domain,application,adapters-persistence,adapters-provincial-sync,adapters-rest \
    >"$out/build.log" 2>&1 || { tail -40 "$out/build.log"; say "the build failed (log: $out/build.log)"; exit 1; }
fi

# ---------------------------------------------------------------------------------------------------- keys
if [ ! -s "$out/keys/private.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$out/keys/private.pem" 2>/dev/null
  openssl pkey -in "$out/keys/private.pem" -pubout -out "$out/keys/public.pem"
fi
export BENCH_PRIVATE_KEY="$out/keys/private.pem"
export BENCH_ISSUER=https://bench.daxiang-perf.local
export BENCH_AUDIENCE=daxiang-perf-bench
export BENCH_URL="http://127.0.0.1:$api_port"
export BENCH_YEAR=$year
# compiled once per run: `java File.java` compiles in memory on every start (about 2 s)
gen_classes="$out/generator-classes"
rm -rf "$gen_classes" && mkdir -p "$gen_classes"
javac -d "$gen_classes" -encoding UTF-8 scripts/bench/Generator.java
gen() { java -cp "$gen_classes" Generator "$@"; }

# ---------------------------------------------------------------------------------------------------- instance
start_production() {   # $1 database, $2 log
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$db_host:$db_port/$1" \
  QUARKUS_DATASOURCE_USERNAME=$db_user QUARKUS_DATASOURCE_PASSWORD=$db_password \
  PERF_JWT_ISSUER=$BENCH_ISSUER PERF_JWT_AUDIENCE=$BENCH_AUDIENCE PERF_JWT_PUBLIC_KEY_LOCATION="$out/keys/public.pem" \
  QUARKUS_HTTP_PORT=$api_port PERF_MANAGEMENT_PORT=$mgmt_port \
  PERF_SYNC_PROVINCIAL_URL="http://127.0.0.1:$sim_port" PERF_SYNC_CRON=off \
  PERF_RATE_LIMIT_REQUESTS_PER_MINUTE=100000000 PERF_RATE_LIMIT_BURST=10000000 \
    java $java_opts -jar "$prod/quarkus-run.jar" >"$2" 2>&1 &
  prod_pid=$!
  pids+=("$prod_pid")
  local started; started=$(date +%s.%N)
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$mgmt_port/q/health/ready"; then
      say "production build ready on :$api_port (management :$mgmt_port) in $(echo "$(date +%s.%N) - $started" | bc) s, JVM options: $java_opts"
      return 0
    fi
    kill -0 "$prod_pid" 2>/dev/null || { tail -50 "$2"; say "the production build died (log: $2)"; exit 1; }
    sleep 0.1
  done
  say "the production build did not get ready (log: $2)"; exit 1
}
stop_pid() {   # $1 pid: graceful stop, then wait
  kill -TERM "$1" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$1" 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------------------- data set
# The cache key: the generator's generating parts (its "generate" and "xlsx" sections, not the load clients), the
# simulator's district, the schema (migration names) and the sizes.
fingerprint=$( { sed -n -e '/^    \/\/ -* generate$/,/^    \/\/ -* HTTP$/p' -e '/^    \/\/ -* xlsx$/,/^    \/\/ -* JSON$/p' scripts/bench/Generator.java; cat \
  adapters-provincial-sync/src/test/java/cn/gov/daxiang/perf/adapter/provincial/simulator/ProvincialPlatformSimulator.java;
  ls adapters-persistence/src/main/resources/db/migration; echo "$units $projects $year"; } | sha256sum | cut -c1-16)
cached=$(psql_admin -c "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$seed_db'" || true)
if [ "${BENCH_REGENERATE:-}" = 1 ] || [ "$cached" != "bench $fingerprint" ] || [ ! -s "$out/seed/state.properties" ]; then
  say "generating the data set ($units units, $projects projects of $year, ${projects}0 indicators; fingerprint $fingerprint) ..."
  psql_admin -c "DROP DATABASE IF EXISTS $bench_db" -c "DROP DATABASE IF EXISTS $seed_db" \
    -c "CREATE DATABASE $seed_db OWNER $db_user ENCODING 'UTF8' TEMPLATE template0"
  say "building the simulator (test classes of adapters-provincial-sync) ..."
  ./mvnw -B -q -pl adapters-provincial-sync -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/simulator.classpath -Dmdep.includeScope=test >"$out/build-simulator.log" 2>&1 \
    || { tail -40 "$out/build-simulator.log"; say "the simulator's build failed"; exit 1; }
  sim_module=adapters-provincial-sync
  java -cp "$sim_module/target/test-classes:$sim_module/target/classes:$(cat "$sim_module/target/simulator.classpath")" \
    -Dsim.units=$units -Dsim.projects=$projects -Dsim.year=$year -Dsim.seed=42 \
    cn.gov.daxiang.perf.adapter.provincial.simulator.ProvincialPlatformSimulator "$sim_port" >"$out/simulator.log" 2>&1 &
  sim_pid=$!
  pids+=("$sim_pid")
  for _ in $(seq 1 300); do grep -qs 'simulator on' "$out/simulator.log" && break; kill -0 "$sim_pid" || exit 1; sleep 0.1; done
  start_production "$seed_db" "$out/production-generate.log"
  started=$(date +%s)
  BENCH_STATE="$out/seed/state.properties" BENCH_REPORTS="$out/seed/reports.txt" gen generate | tee "$out/generate.txt"
  say "data set generated in $(( $(date +%s) - started )) s"
  stop_pid "$prod_pid"
  stop_pid "$sim_pid"
  psql_admin -c "COMMENT ON DATABASE $seed_db IS 'bench $fingerprint'"
else
  say "data set cached in $seed_db (fingerprint $fingerprint); BENCH_REGENERATE=1 generates it again"
fi
psql_admin -c "DROP DATABASE IF EXISTS $bench_db" -c "CREATE DATABASE $bench_db OWNER $db_user TEMPLATE $seed_db"
cp "$out/seed/state.properties" "$out/seed/reports.txt" "$out/"
export BENCH_REPORTS="$out/reports.txt"
get() { grep "^$1=" "$out/state.properties" | cut -d= -f2-; }

# ---------------------------------------------------------------------------------------------------- load
start_production "$bench_db" "$out/production-bench.log"
reader=$(gen token FINANCE_REVIEWER)
goal=$(get goalId); project=$(get projectCode); fy=$(get fiscalYear); wy=$(get workYear)
api="http://127.0.0.1:$api_port/api/v1"
declare -A url=(
  [ceiling]="http://127.0.0.1:$mgmt_port/q/health/live"
  [goal-by-id]="$api/performance-goals/$goal"
  [project-by-id]="$api/projects/$project"
  [goal-list-p1]="$api/performance-goals?fiscalYear=$fy&status=APPROVED&page=1&size=20"
  [goal-list-p1000]="$api/performance-goals?fiscalYear=$fy&status=APPROVED&page=1000&size=20"
  [project-list-p1]="$api/projects?fiscalYear=$fy&page=1&size=20"
  [project-list-p1000]="$api/projects?fiscalYear=$fy&page=1000&size=20"
  [goal-coverage]="$api/goal-coverage?fiscalYear=$fy"
)
order=(ceiling goal-by-id project-by-id goal-list-p1 goal-list-p1000 project-list-p1 project-list-p1000 goal-coverage)

results="$out/results.tsv"
printf 'path\tmode\trequests\treq_per_s\tp50_ms\tp95_ms\tp99_ms\tratio_to_ceiling\ttarget\tmet\n' >"$results"
failures=0
ceiling_rps=""

# hey's output → "requests rps p50 p95 p99 statuses bad": 2xx answers per second; bad = non-2xx answers + transport errors
parse_hey() {   # $1 raw file
  awk '
    /Total:/ && !total { total=$2 }
    /Slowest:/ && !slowest { slowest=$2*1000 }
    /^  50% in/ { p50=$3*1000 } /^  95% in/ { p95=$3*1000 } /^  99% in/ { p99=$3*1000 }
    /^Status code distribution:/ { section="status"; next }
    /^Error distribution:/ { section="errors"; next }
    section=="status" && /^  \[[0-9]+\]/ { code=$1; gsub(/[\[\]]/, "", code); st=st (st==""?"":",") code ":" $2; if (code ~ /^2/) n+=$2; else bad+=$2 }
    section=="errors" && /^  \[[0-9]+\]/ { c=$1; gsub(/[\[\]]/, "", c); bad+=c; st=st (st==""?"":",") "error:" c }
    END { if (p99 == 0) p99=slowest; if (p95 == 0) p95=slowest
          printf "%d %.1f %.2f %.2f %.2f %s %d\n", n, (total>0? n/total : 0), p50, p95, p99, (st==""?"none":st), bad+0 }' "$1"
}

record() {   # name mode target met requests rps p50 p95 p99
  local ratio="-"
  if [ -n "$ceiling_rps" ] && [ "$2" = saturation ]; then ratio=$(awk -v a="$6" -v c="$ceiling_rps" 'BEGIN{printf "%.3f", a/c}'); fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$5" "$6" "$7" "$8" "$9" "$ratio" "$3" "$4" >>"$results"
  printf '%-22s %-16s %8s req %9s req/s  p50 %7s ms  p95 %7s ms  p99 %7s ms  ratio %6s  %s %s\n' "$1" "$2" "$5" "$6" "$7" "$8" "$9" "$ratio" "$3" "$4"
}

run_hey() {   # name mode(saturation|rate:C:Q) seconds → sets rps p50 p95 p99
  local name=$1 mode=$2 secs=$3 raw="$out/raw/$1-$2.txt" args
  if [ "$mode" = saturation ]; then args=(-c "$clients"); else IFS=: read -r _ c q <<<"$mode"; args=(-c "$c" -q "$q"); fi
  local auth=(-H "Authorization: Bearer $reader")
  [ "$name" = ceiling ] && auth=()
  hey -z "${secs}s" "${args[@]}" "${auth[@]}" -T application/json -H 'Accept: application/json' "${url[$name]}" >"$raw" 2>&1
  read -r n rps p50 p95 p99 statuses bad <<<"$(parse_hey "$raw")"
  if [ "$bad" != 0 ] || [ "$n" = 0 ]; then
    say "FAILED $name $mode: status distribution $statuses (raw: $raw)"
    sed -n '/Error distribution:/,$p' "$raw" | head -5
    failures=$((failures + 1))
  fi
}

say "warming up (${warmup} s per path) ..."
for name in "${order[@]}"; do
  hey -z "${warmup}s" -c 8 -H "Authorization: Bearer $reader" -T application/json -H 'Accept: application/json' "${url[$name]}" >/dev/null 2>&1
done
gen write-load "$warmup" 8 >/dev/null

echo
say "saturation: $clients clients, ${duration} s each; fixed rates: hey -q per client"
for name in "${order[@]}"; do
  run_hey "$name" saturation "$duration"
  if [ "$name" = ceiling ]; then ceiling_rps=$rps; fi
  case $name in
    ceiling) target="-"; met="-" ;;
    goal-by-id|project-by-id) target=">=0.30 ceiling"; met=$(awk -v a="$rps" -v c="$ceiling_rps" 'BEGIN{print (a/c>=0.30)?"yes":"NO"}') ;;
    goal-list-*|project-list-*) target=">=0.25 ceiling"; met=$(awk -v a="$rps" -v c="$ceiling_rps" 'BEGIN{print (a/c>=0.25)?"yes":"NO"}') ;;
    goal-coverage) target=">=0.15 ceiling"; met=$(awk -v a="$rps" -v c="$ceiling_rps" 'BEGIN{print (a/c>=0.15)?"yes":"NO"}') ;;
  esac
  record "$name" saturation "$target" "$met" "$n" "$rps" "$p50" "$p95" "$p99"
  eval "sat_p99_${name//-/_}=$p99; sat_p50_${name//-/_}=$p50"
done

# monitoring report writes: real PUT entries with If-Match, each client on reports of its own
write_line=$(gen write-load "$duration" "$clients" | grep '^WRITE-LOAD')
read -r _ n rps p50 p95 p99 statuses <<<"$write_line"
echo "$write_line" >"$out/raw/monitoring-write-saturation.txt"
if echo "$statuses" | tr ',' '\n' | grep -qv '^2'; then say "FAILED monitoring-write: status distribution $statuses"; failures=$((failures + 1)); fi
record monitoring-write saturation "-" "-" "$n" "$rps" "$p50" "$p95" "$p99"

# fixed rates of the targets: reads by id 300 req/s (10 clients x 30), lists 100 req/s (5 clients x 20)
for name in goal-by-id project-by-id; do
  run_hey "$name" rate:10:30 "$duration"
  record "$name" "300/s" "p99<=30ms" "$(awk -v p="$p99" -v r="$rps" 'BEGIN{print (r<270)?"NO (rate not reached)":(p<=30)?"yes":"NO"}')" "$n" "$rps" "$p50" "$p95" "$p99"
done
for name in goal-list-p1 goal-list-p1000 project-list-p1 project-list-p1000; do
  run_hey "$name" rate:5:20 "$duration"
  record "$name" "100/s" "p99<=80ms" "$(awk -v p="$p99" -v r="$rps" 'BEGIN{print (r<90)?"NO (rate not reached)":(p<=80)?"yes":"NO"}')" "$n" "$rps" "$p50" "$p95" "$p99"
  eval "rate_p50_${name//-/_}=$p50"
done
for list in goal-list project-list; do
  v1=rate_p50_${list//-/_}_p1; v1000=rate_p50_${list//-/_}_p1000
  ratio=$(awk -v a="${!v1000}" -v b="${!v1}" 'BEGIN{printf "%.2f", (b>0)?a/b:0}')
  met=$(awk -v r="$ratio" 'BEGIN{print (r<=2)?"yes":"NO"}')
  printf '%s\t%s\t-\t-\t-\t-\t-\t%s\t%s\t%s\n' "$list-p1000-vs-p1" "p50 at 100/s" "$ratio" "<=2x" "$met" >>"$results"
  printf '%-22s %-16s page 1,000 p50 / page 1 p50 = %s  (target <= 2)  %s\n' "$list" "100/s" "$ratio" "$met"
done

# the annual report: one request at a time, the first one cold, then repeats
finance=$(gen token FINANCE_ADMIN)
for y in "$wy" "$fy"; do
  times=()
  for i in 1 2 3 4 5 6; do
    code_time=$(curl -s -o "$out/raw/annual-report-$y.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $finance" "$api/annual-reports/$y")
    read -r code t <<<"$code_time"
    [ "$code" = 200 ] || { say "FAILED annual report $y: HTTP $code"; failures=$((failures + 1)); }
    times+=("$(awk -v t="$t" 'BEGIN{printf "%.0f", t*1000}')")
  done
  sorted=$(printf '%s\n' "${times[@]:1}" | sort -n | tr '\n' ' ')
  worst=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
  met=$(awk -v w="$worst" 'BEGIN{print (w<=2000)?"yes":"NO"}')
  printf '%s\t%s\t6\t-\t%s\t-\t%s\t-\t%s\t%s\n' "annual-report-$y" "sequential" "$(echo "$sorted" | awk '{print $3}')" "$worst" "<=2000ms" "$met" >>"$results"
  printf '%-22s %-16s first %s ms, repeats %s ms (target <= 2000 ms)  %s\n' "annual-report-$y" sequential "${times[0]}" "$sorted" "$met"
done
rss_prod=$(awk '/VmRSS/{print int($2/1024)}' "/proc/$prod_pid/status")
say "production build resident memory after the load: ${rss_prod} MB"
printf 'production-rss\tafter load\t-\t-\t-\t-\t-\t-\t-\t%s MB\n' "$rss_prod" >>"$results"
stop_pid "$prod_pid"

# ---------------------------------------------------------------------------------------------------- embedded
if [ "${BENCH_SKIP_EMBEDDED:-}" != 1 ]; then
  edata="$out/embedded-data"
  rm -rf "$edata"; mkdir -p "$edata"
  run_embedded() {   # starts ./scripts/run.sh, sets emb_pid and emb_ready (seconds to ready)
    PERF_DATA_DIR=$edata QUARKUS_HTTP_PORT=$embedded_port \
    PERF_RATE_LIMIT_REQUESTS_PER_MINUTE=100000000 PERF_RATE_LIMIT_BURST=10000000 ./scripts/run.sh >"$out/embedded-$1.log" 2>&1 &
    emb_pid=$!
    pids+=("$emb_pid")
    local started; started=$(date +%s.%N)
    until curl -fs -o /dev/null "http://127.0.0.1:$embedded_port/q/health/ready"; do
      kill -0 "$emb_pid" 2>/dev/null || { say "the embedded default died (log: $out/embedded-$1.log)"; exit 1; }
      if [ "$(echo "$(date +%s.%N) - $started > 300" | bc)" = 1 ]; then say "the embedded default did not get ready in 300 s"; exit 1; fi
      sleep 0.05
    done
    emb_ready=$(echo "$(date +%s.%N) - $started" | bc)
  }
  # built here, so that run.sh's start is only a start (run.sh builds the same way when the build is stale)
  emb_app=adapters-rest/target/quarkus-app/quarkus-run.jar
  if [ ! -f "$emb_app" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src/main ./*/src/sample -newer "$emb_app" -type f -print -quit 2>/dev/null)" ]; then
    say "building the embedded default ..."
    ./mvnw -B -q package -DskipTests >"$out/build-embedded.log" 2>&1 || { tail -40 "$out/build-embedded.log"; say "the embedded build failed"; exit 1; }
  fi
  say "embedded default: a first start (training run when the build is new, sample district) ..."
  run_embedded first
  stop_pid "$emb_pid"
  run_embedded timed
  say "embedded default ready in $emb_ready s (a restart of ./scripts/run.sh with data)"
  etoken=$(curl -s -X POST -H 'Accept: text/plain' "http://127.0.0.1:$embedded_port/api/v1/demo-identities/finance-admin/token")
  i=0
  for path in "projects/43050324R000000000013" "projects?size=20" "goal-coverage?fiscalYear=2024"; do
    i=$((i + 1))
    raw="$out/raw/embedded-$i.txt"
    hey -z 5s -c "$clients" -T application/json -H "Authorization: Bearer $etoken" "http://127.0.0.1:$embedded_port/api/v1/$path" >"$raw" 2>&1
    read -r n _ _ _ _ statuses bad <<<"$(parse_hey "$raw")"
    if [ "$bad" != 0 ] || [ "$n" = 0 ]; then say "FAILED embedded $path: status distribution $statuses (raw: $raw)"; failures=$((failures + 1)); fi
  done
  rss=$(awk '/VmRSS/{print int($2/1024)}' "/proc/$emb_pid/status")
  stop_pid "$emb_pid"
  met_start=$(awk -v t="$emb_ready" 'BEGIN{print (t<=3)?"yes":"NO"}')
  met_rss=$(awk -v r="$rss" 'BEGIN{print (r<=300)?"yes":"NO"}')
  printf 'embedded-start\trun.sh to ready\t-\t-\t-\t-\t-\t-\t<=3s\t%s (%s s)\n' "$met_start" "$emb_ready" >>"$results"
  printf 'embedded-rss\tafter 15 s load\t-\t-\t-\t-\t-\t-\t<=300MB\t%s (%s MB)\n' "$met_rss" "$rss" >>"$results"
  printf '%-22s %-16s %s s (target <= 3 s)  %s\n' embedded-start "run.sh to ready" "$emb_ready" "$met_start"
  printf '%-22s %-16s %s MB (target <= 300 MB)  %s\n' embedded-rss "after load" "$rss" "$met_rss"
fi

echo
say "machine: $(nproc) cores, $(free -m | awk '/Mem:/{print $2}') MB memory, $(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC')"
{ echo "# machine: $(nproc) cores, $(free -m | awk '/Mem:/{print $2}') MB, $(java -version 2>&1 | head -1), JVM options: $java_opts, $(date -u '+%Y-%m-%d %H:%M UTC')"; } >>"$results"
say "results: $results"
if [ "$failures" != 0 ]; then say "$failures load run(s) had non-2xx answers or errors"; exit 1; fi
