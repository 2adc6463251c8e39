#!/usr/bin/env bash
# Rehearses several instances of the production build on one PostgreSQL behind haproxy (README.md, "Several
# instances") and prints its figures as "[rehearsal]" lines:
#   1. the scheduled sync runs once per tick across the instances (fast cron against the provincial simulator);
#   2. a rolling restart of one instance at a time under load gives no client-visible 5xx;
#   3. graceful shutdown: requests in flight at SIGTERM finish with 2xx and the process exits within 10 s;
#   4. readiness goes DOWN within 10 s of losing the database and UP within 10 s of its return, for a stopped
#      server (connections refused) and for a frozen one (connections hang).
# It needs root on Debian (apt-get, pg_createcluster/pg_ctlcluster) and installs haproxy, hey, PostgreSQL, openssl,
# curl and jq when missing. The database is a PostgreSQL cluster of its own ("rehearsal", created when missing),
# since the rehearsal stops it; the shared cluster is never touched. Nothing is left running afterwards.
#
# Environment: REHEARSAL_PORT_BASE (default 28400: haproxy on +0, its stats on +1, instance i's API on +10+i and its
# management interface on +20+i, the simulator on +99), REHEARSAL_INSTANCES (2), REHEARSAL_PG_PORT (5442),
# REHEARSAL_JAVA_OPTS (-Xmx384m), REHEARSAL_LOAD_CLIENTS (6) and REHEARSAL_LOAD_QPS (per client, 20),
# REHEARSAL_SYNC_TICKS (3), REHEARSAL_SKIP ("rolling shutdown" leaves those phases out), REHEARSAL_ACQUISITION_TIMEOUT (e.g. 20S, for a machine so loaded that the first log-in at
# start exceeds the production default of 5 s), REHEARSAL_APP (the production artifact to run, default adapters-rest/target/production/
# quarkus-run.jar, built when missing), REHEARSAL_REBUILD=1 to rebuild it even when it exists.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

base=${REHEARSAL_PORT_BASE:-28400}
instances=${REHEARSAL_INSTANCES:-2}
pg_port=${REHEARSAL_PG_PORT:-5442}
pg_version=${REHEARSAL_PG_VERSION:-15}
pg_cluster=rehearsal
db_name=perf_rehearsal
java_opts=${REHEARSAL_JAVA_OPTS:--Xmx384m}
acquisition_timeout=${REHEARSAL_ACQUISITION_TIMEOUT:-}
load_clients=${REHEARSAL_LOAD_CLIENTS:-6}
load_qps=${REHEARSAL_LOAD_QPS:-20}
sync_ticks=${REHEARSAL_SYNC_TICKS:-3}
lb_port=$base
stats_port=$((base + 1))
sim_port=$((base + 99))
app=${REHEARSAL_APP:-adapters-rest/target/production/quarkus-run.jar}
work=$root/target/rehearsal
issuer=https://sso.daxiang.test/rehearsal
audience=daxiang-perf

say() { printf '[rehearsal] %s\n' "$*"; }
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# ---------------------------------------------------------------------------------------------------- tools
need=()
command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || need+=(haproxy)
command -v hey >/dev/null || need+=(hey)
command -v openssl >/dev/null || need+=(openssl)
command -v curl >/dev/null || need+=(curl)
command -v jq >/dev/null || need+=(jq)
command -v pg_createcluster >/dev/null || need+=("postgresql-$pg_version" postgresql-common)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
haproxy_bin=$(command -v haproxy || echo /usr/sbin/haproxy)

# ---------------------------------------------------------------------------------------------------- processes
declare -A pids=()
sim_pid=
lb_pid=
load_pid=
cleanup() {
  [ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null || true
  for name in "${!pids[@]}"; do kill "${pids[$name]}" 2>/dev/null || true; done
  [ -n "$lb_pid" ] && kill "$lb_pid" 2>/dev/null || true
  [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null || true
  # a frozen cluster must not stay frozen
  for p in $(cluster_pids); do kill -CONT "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pg_ctlcluster "$pg_version" "$pg_cluster" stop -m fast 2>/dev/null || true
}
cluster_pids() {
  local pidfile=/var/run/postgresql/$pg_version-$pg_cluster.pid
  [ -f "$pidfile" ] || return 0
  local main; main=$(head -1 "$pidfile")
  echo "$main"; pgrep -P "$main" || true
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------------- database
if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "$pg_version/$pg_cluster"; then
  log "creating PostgreSQL cluster $pg_version/$pg_cluster on port $pg_port"
  pg_createcluster "$pg_version" "$pg_cluster" --port "$pg_port" >/dev/null
fi
pg_ctlcluster "$pg_version" "$pg_cluster" start >/dev/null 2>&1 || true
psql_admin() { su postgres -c "psql -p $pg_port -v ON_ERROR_STOP=1 -qtA $*"; }
psql_admin "-c \"SELECT 1\"" >/dev/null
if [ "$(psql_admin "-c \"SELECT count(*) FROM pg_roles WHERE rolname='perf'\"")" = 0 ]; then
  psql_admin "-c \"CREATE ROLE perf LOGIN PASSWORD 'perf'\""
fi
psql_admin "-c \"DROP DATABASE IF EXISTS $db_name\""
psql_admin "-c \"CREATE DATABASE $db_name OWNER perf\""
db_url="jdbc:postgresql://127.0.0.1:$pg_port/$db_name"

# ---------------------------------------------------------------------------------------------------- build, keys, token
if [ ! -f "$app" ] || [ "${REHEARSAL_REBUILD:-0}" = 1 ]; then
  log "building the production artifact"
  ./mvnw -B -q package -DskipTests -Pproduction -pl domain,application,adapters-persistence,adapters-provincial-sync,adapters-rest
fi
rm -rf "$work"; mkdir -p "$work"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
issued=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
claims=$(printf '{"iss":"%s","aud":"%s","sub":"rehearsal-admin","upn":"rehearsal-admin","groups":["FINANCE_ADMIN"],"iat":%d,"exp":%d}' \
  "$issuer" "$audience" "$issued" $((issued + 3600)) | b64url)
signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$work/private.pem" -binary | b64url)
token="$header.$claims.$signature"
auth="Authorization: Bearer $token"

# ---------------------------------------------------------------------------------------------------- simulator
log "starting the provincial simulator on $sim_port"
SIM_PROJECTS=${SIM_PROJECTS:-2000} ./scripts/simulator.sh "$sim_port" >"$work/simulator.log" 2>&1 &
sim_pid=$!
for _ in $(seq 1 600); do
  curl -s -o /dev/null "http://127.0.0.1:$sim_port/" && break
  kill -0 "$sim_pid" 2>/dev/null || { cat "$work/simulator.log"; exit 1; }
  sleep 0.5
done

# ---------------------------------------------------------------------------------------------------- instances
api_port() { echo $((base + 10 + $1)); }
mgmt_port() { echo $((base + 20 + $1)); }
start_instance() {
  local i=$1
  QUARKUS_DATASOURCE_JDBC_URL=$db_url QUARKUS_DATASOURCE_USERNAME=perf QUARKUS_DATASOURCE_PASSWORD=perf \
  PERF_JWT_ISSUER=$issuer PERF_JWT_AUDIENCE=$audience PERF_JWT_PUBLIC_KEY_LOCATION=$work/public.pem \
  QUARKUS_HTTP_PORT=$(api_port "$i") PERF_MANAGEMENT_PORT=$(mgmt_port "$i") \
  PERF_SYNC_PROVINCIAL_URL=http://127.0.0.1:$sim_port PERF_SYNC_CRON='*/10 * * * * ?' PERF_SYNC_NODE_NAME=node-$i \
  PERF_RATE_LIMIT_REQUESTS_PER_MINUTE=6000000 PERF_RATE_LIMIT_BURST=1000000 \
  QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=${acquisition_timeout:-5S} \
    java $java_opts -jar "$app" >>"$work/node-$i.log" 2>&1 &
  pids[$i]=$!
}
# Starts instance $1 and waits for its readiness; a start that fails is tried again (as a supervisor would, e.g.
# systemd's Restart=on-failure), at most 3 times: on a machine under very heavy load the first database log-in can
# exceed the acquisition timeout. Attempts beyond the first are counted and printed.
declare -A start_retries=()
start_ready() {
  local i=$1 attempt
  for attempt in 1 2 3; do
    start_instance "$i"
    if await_ready "$i" >/dev/null; then return 0; fi
    wait "${pids[$i]}" 2>/dev/null || true
    start_retries[$i]=$(( ${start_retries[$i]:-0} + 1 ))
    log "node-$i failed to start (attempt $attempt): $(grep -m1 -o 'Caused by: [^:]*: [^:]*' "$work/node-$i.log" | tail -1)"
  done
  tail -50 "$work/node-$i.log"; return 1
}
ready_status() { curl -s -o /dev/null -w '%{http_code}' -m 2 "http://127.0.0.1:$(mgmt_port "$1")/q/health/ready" || true; }
await_ready() {
  local i=$1
  for _ in $(seq 1 1200); do
    [ "$(ready_status "$i")" = 200 ] && return 0
    kill -0 "${pids[$i]}" 2>/dev/null || { tail -50 "$work/node-$i.log"; return 1; }
    sleep 0.1
  done
  return 1
}
# haproxy's own view of a server, from its stats socket: UP, DOWN, MAINT...
lb_state() { echo "show stat" | socat stdio "unix-connect:$work/haproxy.sock" 2>/dev/null \
  | awk -F, -v s="node-$1" '$1=="perf" && $2==s {print $18}'; }
command -v socat >/dev/null || { apt-get install -y -qq socat >/dev/null; }

log "starting $instances instances"
start_ready 1          # the first one migrates the empty database
for i in $(seq 2 "$instances"); do start_ready "$i"; done

# ---------------------------------------------------------------------------------------------------- haproxy
{
  cat <<EOF
global
    maxconn 4096
    stats socket $work/haproxy.sock mode 600 level admin
defaults
    mode http
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    timeout check 2s
    option httplog
    # A request that never reached an instance (refused, reset, closed unanswered) goes to another one; only safe
    # methods are also retried after an empty answer or a timeout (a write may have been carried out).
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout
frontend api
    bind 127.0.0.1:$lb_port
    default_backend perf
frontend stats
    bind 127.0.0.1:$stats_port
    stats enable
    stats uri /
backend perf
    balance roundrobin
    http-request disable-l7-retry unless METH_GET || METH_HEAD
    option httpchk GET /q/health/ready
    http-check expect status 200
    default-server inter 500ms fastinter 250ms downinter 500ms fall 2 rise 2
EOF
  for i in $(seq 1 "$instances"); do
    echo "    server node-$i 127.0.0.1:$(api_port "$i") check port $(mgmt_port "$i")"
  done
} >"$work/haproxy.cfg"
"$haproxy_bin" -c -f "$work/haproxy.cfg" >/dev/null
"$haproxy_bin" -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
lb_pid=$!
lb_up() { for i in $(seq 1 "$instances"); do [ "$(lb_state "$i")" = UP ] || return 1; done; }
for _ in $(seq 1 100); do lb_up && break; sleep 0.2; done
lb_up || { say "haproxy does not see every instance UP"; exit 1; }
say "$instances instances of $app on PostgreSQL $pg_version (127.0.0.1:$pg_port/$db_name) behind haproxy $("$haproxy_bin" -v | head -1 | awk '{print $3}') on 127.0.0.1:$lb_port"

api() { curl -s -H "$auth" "http://127.0.0.1:$lb_port$1"; }

# ---------------------------------------------------------------------------------------------------- 1. sync once per tick
# The cron fires every 10 s on every instance; count the runs that each tick started (runs started within the tick's
# 10 s, by the second of their start).
runs_per_tick() {  # prints "tick runs nodes states" for the scheduled runs started at or after $1 (epoch seconds)
  api "/api/v1/sync/runs?size=100" | jq -r --argjson from "$1" '
    [.items[] | select(.trigger.code == "SCHEDULED") | . + {t: (.startedAt | sub("\\.[0-9]+"; "") | fromdateiso8601)}
     | select(.t >= $from)]
    | group_by((.t / 10 | floor))
    | .[] | "\((.[0].t / 10 | floor) * 10 | todate) \(length) \([.[].node] | join(",")) \([.[].state.code] | join(","))"'
}
log "waiting for $sync_ticks scheduled ticks"
sync_from=$(date +%s)
sleep $(( sync_ticks * 10 + 4 ))
say "scheduled sync (cron */10 s on each of $instances instances), runs per tick:"
runs_per_tick "$sync_from" | while read -r tick n nodes states; do say "  tick $tick: $n run(s) on $nodes, $states"; done
say "  error lines in the instances' logs: $(cat "$work"/node-*.log | grep -c ' ERROR ' || true)"

project=$(api "/api/v1/projects?size=1" | jq -r '.items[0].projectCode')
[ -n "$project" ] && [ "$project" != null ] || { say "no project synchronised"; exit 1; }

skip() { [[ " ${REHEARSAL_SKIP:-} " == *" $1 "* ]]; }
if ! skip rolling; then
# ---------------------------------------------------------------------------------------------------- 2. rolling restart under load
rolling_log=$work/rolling.txt
log "rolling restart under load ($load_clients clients at $load_qps req/s each)"
hey -c "$load_clients" -q "$load_qps" -z 600s -H "$auth" "http://127.0.0.1:$lb_port/api/v1/projects?size=20&page=2" >"$rolling_log" 2>&1 &
load_pid=$!
sleep 3
for i in $(seq 1 "$instances"); do
  t0=$(now)
  kill -TERM "${pids[$i]}"
  while [ "$(lb_state "$i")" = UP ]; do sleep 0.05; done
  t_out=$(now)
  wait "${pids[$i]}" 2>/dev/null || true
  t_exit=$(now)
  start_ready "$i"
  t_ready=$(now)
  while [ "$(lb_state "$i")" != UP ]; do sleep 0.05; done
  t_back=$(now)
  say "  node-$i: out of haproxy $(elapsed "$t0" "$t_out") s after SIGTERM, exited after $(elapsed "$t0" "$t_exit") s, ready again after $(elapsed "$t_exit" "$t_ready") s, back in haproxy after $(elapsed "$t0" "$t_back") s"
  sleep 2
done
kill -INT "$load_pid" 2>/dev/null || true
wait "$load_pid" 2>/dev/null || true
# hey's report: "Status code distribution:" then "  [200]\tN responses"; "Error distribution:" then "  [N]\tmessage".
statuses() { awk '/^Status code distribution:/ {s=1; next} /^Error distribution:/ {s=0} s && /\[[0-9]+\]/ {gsub(/[][]/, "", $1); print $1, $2}' "$rolling_log"; }
errors() { awk '/^Error distribution:/ {e=1; next} e && /\[[0-9]+\]/ {sub(/^[ \t]*/, ""); print}' "$rolling_log"; }
total=$(statuses | awk '{n += $2} END {print n + 0}')
fives=$(statuses | awk '$1 >= 500 {n += $2} END {print n + 0}')
failed=$(errors | awk '{gsub(/[][]/, "", $1); n += $1} END {print n + 0}')
say "rolling restart of $instances instances, one at a time, under GET /api/v1/projects?size=20&page=2 through haproxy:"
say "  requests answered: $total; status distribution: $(statuses | awk '{printf "%s x%s ", $1, $2}')"
say "  5xx: $fives; requests without an answer (connection errors): $failed"
errors | head -5 | sed 's/^/[rehearsal]     /'

fi
if ! skip shutdown; then
# ---------------------------------------------------------------------------------------------------- 3. graceful shutdown
# Clients keep requesting the annual report and a 100-project list straight from instance 1 (not through haproxy);
# SIGTERM lands while they are in flight. Requests started before it must end 2xx; the process must exit within 10 s.
log "graceful shutdown"
target=1
shutdown_dir=$work/shutdown; mkdir -p "$shutdown_dir"
stop_clients=$shutdown_dir/stop
client() {  # writes "start end status" per request
  local n=$1 url
  while [ ! -f "$stop_clients" ]; do
    if (( n % 2 )); then url="/api/v1/annual-reports/2024"; else url="/api/v1/projects?size=100&page=$(( RANDOM % 20 + 1 ))"; fi
    local s; s=$(now)
    local code; code=$(curl -s -o /dev/null -w '%{http_code}' -m 20 -H "$auth" "http://127.0.0.1:$(api_port $target)$url" || true)
    echo "$s $(now) $code" >>"$shutdown_dir/client-$n"
  done
}
client_pids=()
for n in $(seq 1 8); do client "$n" & client_pids+=($!); done
sleep 2
t_term=$(now)
kill -TERM "${pids[$target]}"
down_at=
while kill -0 "${pids[$target]}" 2>/dev/null; do
  if [ -z "$down_at" ] && [ "$(ready_status $target)" != 200 ]; then down_at=$(now); fi
  sleep 0.05
done
t_exit=$(now)
touch "$stop_clients"
wait "${client_pids[@]}" 2>/dev/null || true
cat "$shutdown_dir"/client-* | awk -v t="$t_term" -v x="$t_exit" '
  $1 < t && $2 >= t { inflight++; if ($3 ~ /^2/) ok++; else bad++; if ($2 - t > last) last = $2 - t }
  $1 < t && $2 < t  { before++ }
  $1 >= t { after[$3]++ }
  END {
    printf "[rehearsal]   requests in flight at SIGTERM: %d, answered 2xx: %d, otherwise: %d; the last ended %.2f s after SIGTERM\n", inflight, ok, bad, last
    printf "[rehearsal]   requests started after SIGTERM (a balancer would no longer send them):"
    for (c in after) printf " %s x%d", (c == "000" ? "refused" : c), after[c]; printf "\n"
  }' >"$shutdown_dir/summary"
say "graceful shutdown of node-$target under 8 clients (annual report 2024, project lists of 100):"
say "  readiness DOWN $(elapsed "$t_term" "${down_at:-$t_exit}") s after SIGTERM; process exited $(elapsed "$t_term" "$t_exit") s after SIGTERM"
cat "$shutdown_dir/summary"
start_ready "$target"

fi
# ---------------------------------------------------------------------------------------------------- 4. readiness and the database
# Polls every instance's readiness every 100 ms; prints how long after the cut each turned DOWN, and after the
# return UP. A stopped server refuses connections; a frozen one (SIGSTOP) accepts them and never answers.
measure_one() {  # $1 instance, $2 DOWN or UP, $3 start: seconds until it answered 503 (DOWN) or 200 (UP), polled every 100 ms
  local i=$1 want=$2 t0=$3 code
  while [ "$(elapsed "$t0" "$(now)" | cut -d. -f1)" -lt 60 ]; do
    # an answer, not a timeout of ours: a readiness check that hangs counts as neither
    code=$(curl -s -o /dev/null -w '%{http_code}' -m 15 "http://127.0.0.1:$(mgmt_port "$i")/q/health/ready" || true)
    if { [ "$want" = DOWN ] && [ "$code" = 503 ]; } || { [ "$want" = UP ] && [ "$code" = 200 ]; }; then
      elapsed "$t0" "$(now)"; return
    fi
    sleep 0.1
  done
  echo never
}
measure() {  # every instance at once
  local i out="" polls=()
  for i in $(seq 1 "$instances"); do measure_one "$i" "$1" "$2" >"$work/measure-$i" & polls+=($!); done
  wait "${polls[@]}"
  for i in $(seq 1 "$instances"); do out+=" node-$i $(cat "$work/measure-$i") s,"; done
  echo "${out%,}"
}
say "readiness when the database goes away (polled every 100 ms on each instance):"
t0=$(now); pg_ctlcluster "$pg_version" "$pg_cluster" stop -m fast
say "  server stopped (connections refused): DOWN after$(measure DOWN "$t0")"
sleep 1
# scripts/provision-postgres.sh (a test run in any checkout on this machine) starts every cluster that is down
if [ "$(pg_lsclusters -h | awk -v c="$pg_cluster" '$2 == c {print $4}')" = online ]; then
  say "  (the server was started again meanwhile by someone else: the UP time below counts from then on, not from its start)"
fi
t0=$(now); pg_ctlcluster "$pg_version" "$pg_cluster" start >/dev/null 2>&1 || true
say "  server started again: UP after$(measure UP "$t0")"
sleep 2
t0=$(now); for p in $(cluster_pids); do kill -STOP "$p"; done
say "  server frozen (connections hang): DOWN after$(measure DOWN "$t0")"
sleep 3
t0=$(now); for p in $(cluster_pids); do kill -CONT "$p"; done
say "  server thawed: UP after$(measure UP "$t0")"
for i in $(seq 1 "$instances"); do await_ready "$i"; done

# ---------------------------------------------------------------------------------------------------- 1 again, over the whole rehearsal
sleep 11
say "scheduled runs per tick over the whole rehearsal (ticks missed while the database was away have none):"
runs_per_tick "$sync_from" | awk '{n[$2]++} END {for (k in n) printf "[rehearsal]   ticks with %d run(s): %d\n", k, n[k]}'
say "  ticks with more than one run: $(runs_per_tick "$sync_from" | awk '$2 > 1' | wc -l)"
say "instance starts that failed and were tried again: ${#start_retries[@]} instance(s), $(IFS=+; echo "$(( ${start_retries[*]:-0} ))") attempt(s)"
say "done; logs in $work"
