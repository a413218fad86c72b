#!/usr/bin/env bash
# Therapy Assist on more than one node, on one machine, on loopback ports, without Docker (docs/deployment.md):
#   etcd → Patroni (PostgreSQL primary + synchronous standby) → HAProxy (primary / sync-standby frontends)
#   → PgBouncer (transaction pooling) → two app nodes → HAProxy (HTTP, no sticky sessions).
#
#   deploy/cluster.sh start [--no-demo]   build first: ./mvnw -q -DskipTests package
#   deploy/cluster.sh stop                stops everything it started (by the pids it wrote), keeps the data
#   deploy/cluster.sh status
#   deploy/cluster.sh restart-apps        both app nodes, one at a time (a new jar, or settings in the environment)
#   deploy/cluster.sh destroy             stop, then delete the data directory
#
# Needs root (PostgreSQL, etcd and PgBouncer run as the postgres user) and the Debian packages:
#   apt-get install -y patroni etcd-server haproxy pgbouncer wrk
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEPLOY="$ROOT/deploy"
BASE="${TA_CLUSTER_DIR:-/var/tmp/therapy-assist-cluster}"
PG_VERSION="${TA_CLUSTER_PG_VERSION:-15}"

# Ports: none clashes with the main PostgreSQL cluster (5432, which CI uses) or the app's usual 8080.
ETCD_PORT=23790
ETCD_PEER_PORT=23800
PG1=pg1; PG1_PORT=5441; PG1_REST=8441
PG2=pg2; PG2_PORT=5442; PG2_REST=8442
PG_WRITE_PORT=5440    # HAProxy → the primary
PG_READ_PORT=5439     # HAProxy → the synchronous standby, else the primary
PGBOUNCER_PORT=6440
APP1_PORT=8181
APP2_PORT=8182
HTTP_PORT=8180        # HAProxy → the app nodes: where people (and the drills) connect
STATS_PORT=8190       # HAProxy's statistics page

RUN="$BASE/run"
LOGS="$BASE/logs"
SECRETS="$BASE/secrets.env"

log() { printf '== %s\n' "$*"; }
die() { printf 'cluster.sh: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (it starts PostgreSQL, etcd and PgBouncer as the postgres user)"

# A Java that runs the jar (release 21 or later): JAVA_HOME, then the newest JDK under /usr/lib/jvm, then PATH.
find_java() {
  local candidate
  for candidate in "${JAVA_HOME:-}/bin/java" $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV) "$(command -v java || true)"; do
    [ -x "$candidate" ] || continue
    local major
    major=$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return
    fi
  done
  die "no Java 21 or later found (set JAVA_HOME)"
}

# Starts a long-running process in the background as USER, writing its pid to $RUN/NAME.pid and output to
# $LOGS/NAME.log. start-stop-daemon records the real pid (not a wrapper's), which is what stop kills.
spawn() {
  local name=$1 user=$2 dir=$3
  shift 3
  if running "$name"; then
    log "$name already running (pid $(cat "$RUN/$name.pid"))"
    return
  fi
  touch "$LOGS/$name.log"
  chown "$user" "$LOGS/$name.log"
  start-stop-daemon --start --background --make-pidfile --pidfile "$RUN/$name.pid" --chuid "$user" \
    --chdir "$dir" --output "$LOGS/$name.log" --exec "$1" -- "${@:2}"
}

running() {
  [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null
}

halt() {
  local name=$1
  if running "$name"; then
    log "stopping $name (pid $(cat "$RUN/$name.pid"))"
    start-stop-daemon --stop --quiet --pidfile "$RUN/$name.pid" --retry TERM/30/KILL/5 || true
  fi
  rm -f "$RUN/$name.pid"
}

wait_for() {
  local what=$1 seconds=$2
  shift 2
  for _ in $(seq 1 "$seconds"); do
    if "$@" >/dev/null 2>&1; then
      return 0
    fi
    sleep 1
  done
  die "$what not ready after ${seconds}s (logs in $LOGS)"
}

fill() { # template → file, replacing @NAME@ placeholders with the shell variables of that name
  local template=$1 out=$2
  shift 2
  local script=()
  for var in "$@"; do
    script+=(-e "s|@$var@|${!var}|g")
  done
  sed "${script[@]}" "$template" > "$out"
}

secrets() {
  mkdir -p "$BASE"
  if [ ! -f "$SECRETS" ]; then
    umask 077
    {
      echo "SUPERUSER_PASSWORD=$(openssl rand -hex 16)"
      echo "REPLICATION_PASSWORD=$(openssl rand -hex 16)"
      echo "OWNER_PASSWORD=$(openssl rand -hex 16)"
      echo "APP_PASSWORD=$(openssl rand -hex 16)"
      # One form token secret for both nodes: a form shown by one node is often sent to the other.
      echo "FORM_TOKEN_SECRET=$(openssl rand -base64 32)"
    } > "$SECRETS"
    umask 022
  fi
  # shellcheck disable=SC1090
  . "$SECRETS"
}

configure() {
  mkdir -p "$BASE" "$RUN" "$LOGS" "$BASE/etcd" "$BASE/$PG1" "$BASE/$PG2" "$BASE/pgbouncer" \
    "$BASE/shared/keys" "$BASE/shared/audit-anchor" "$BASE/shared/evidence" "$BASE/app1" "$BASE/app2"
  chown postgres:postgres "$BASE/etcd" "$BASE/$PG1" "$BASE/$PG2" "$BASE/pgbouncer" "$RUN"
  chmod 700 "$BASE/$PG1" "$BASE/$PG2"
  local NAME REST_PORT PG_PORT
  for NAME in "$PG1" "$PG2"; do
    if [ "$NAME" = "$PG1" ]; then REST_PORT=$PG1_REST; PG_PORT=$PG1_PORT; else REST_PORT=$PG2_REST; PG_PORT=$PG2_PORT; fi
    fill "$DEPLOY/patroni.yml.in" "$BASE/$NAME.yml" NAME REST_PORT PG_PORT ETCD_PORT BASE PG_VERSION \
      SUPERUSER_PASSWORD REPLICATION_PASSWORD
    chown postgres:postgres "$BASE/$NAME.yml"
    chmod 600 "$BASE/$NAME.yml"
  done
  fill "$DEPLOY/haproxy.cfg.in" "$BASE/haproxy.cfg" HTTP_PORT APP1_PORT APP2_PORT PG_WRITE_PORT PG_READ_PORT \
    PG1 PG1_PORT PG1_REST PG2 PG2_PORT PG2_REST STATS_PORT
  fill "$DEPLOY/pgbouncer.ini.in" "$BASE/pgbouncer/pgbouncer.ini" PG_WRITE_PORT PG_READ_PORT PGBOUNCER_PORT BASE
  printf '"therapy_app" "%s"\n' "$APP_PASSWORD" > "$BASE/pgbouncer/userlist.txt"
  chown postgres:postgres "$BASE/pgbouncer/pgbouncer.ini" "$BASE/pgbouncer/userlist.txt"
  chmod 600 "$BASE/pgbouncer/userlist.txt"
}

psql_primary() {
  PGPASSWORD="$SUPERUSER_PASSWORD" psql -h 127.0.0.1 -p "$PG_WRITE_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

# The same two roles as on one node (README, "Running on PostgreSQL"): the owner migrates, the app reads and writes rows.
roles_and_database() {
  psql_primary -d postgres <<SQL
select format('create role therapy login password %L', '$OWNER_PASSWORD')
  where not exists (select 1 from pg_roles where rolname = 'therapy') \gexec
select format('create role therapy_app login password %L', '$APP_PASSWORD')
  where not exists (select 1 from pg_roles where rolname = 'therapy_app') \gexec
select 'create database therapy_assist owner therapy'
  where not exists (select 1 from pg_database where datname = 'therapy_assist') \gexec
SQL
}

start_app() {
  local name=$1 port=$2 java=$3 jar=$4
  local profiles="postgres,cluster"
  if [ "$DEMO" = 1 ]; then profiles="$profiles,demo"; fi
  # Through PgBouncer (transaction pooling: prepareThreshold=0). Flyway goes straight to the primary through HAProxy:
  # it holds a session-level advisory lock while migrating, which transaction pooling would hand to someone else.
  spawn "$name" root "$BASE/$name" /usr/bin/env \
    SPRING_PROFILES_ACTIVE="$profiles" \
    DATABASE_URL="jdbc:postgresql://127.0.0.1:$PGBOUNCER_PORT/therapy_assist?prepareThreshold=0" \
    DATABASE_USERNAME=therapy_app DATABASE_PASSWORD="$APP_PASSWORD" \
    DATABASE_OWNER_USERNAME=therapy DATABASE_OWNER_PASSWORD="$OWNER_PASSWORD" \
    DATABASE_POOL_SIZE=10 \
    FORM_TOKEN_SECRET="$FORM_TOKEN_SECRET" \
    AUDIT_CHECKPOINT_KEY_FILE="$BASE/shared/keys/audit-checkpoint.key" \
    AUDIT_ANCHOR_DIRECTORY="$BASE/shared/audit-anchor" \
    EVIDENCE_DIRECTORY="$BASE/shared/evidence" \
    THERAPY_ASSIST_TRUSTED_PROXIES=127.0.0.1 \
    THERAPY_ASSIST_BASE_URL="http://127.0.0.1:$HTTP_PORT" \
    "$java" -Xms256m -Xmx768m -jar "$jar" \
    --server.port="$port" \
    --spring.flyway.url="jdbc:postgresql://127.0.0.1:$PG_WRITE_PORT/therapy_assist" \
    --therapy-assist.database.read-replica-url="jdbc:postgresql://127.0.0.1:$PGBOUNCER_PORT/therapy_assist_ro?prepareThreshold=0" \
    --therapy-assist.database.read-replica-pool-size=5
}

app_ready() { curl -fsS "http://127.0.0.1:$1/actuator/health/readiness" | grep -q UP; }
patroni_primary() { curl -fsS "http://127.0.0.1:$PG1_REST/primary" || curl -fsS "http://127.0.0.1:$PG2_REST/primary"; }
# HAProxy counts a server as up until its first checks fail: wait until exactly one primary is up.
one_primary_behind_haproxy() {
  [ "$(curl -fsS "http://127.0.0.1:$STATS_PORT/;csv" | awk -F, '$1 == "pg_primary" && $2 != "BACKEND" && $18 == "UP"' | wc -l)" -eq 1 ]
}
patroni_sync() { curl -fsS "http://127.0.0.1:$PG1_REST/sync" || curl -fsS "http://127.0.0.1:$PG2_REST/sync"; }

start() {
  DEMO=1
  if [ "${1:-}" = "--no-demo" ]; then DEMO=0; fi
  for tool in patroni etcd haproxy pgbouncer start-stop-daemon curl psql openssl; do
    command -v "$tool" >/dev/null || die "$tool is missing: apt-get install -y patroni etcd-server haproxy pgbouncer wrk"
  done
  local jar
  jar=$(ls "$ROOT"/target/therapy-assist-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
  [ -n "$jar" ] || die "no jar in target/: build it first with ./mvnw -q -DskipTests package"
  local java
  java=$(find_java)
  secrets
  configure

  log "etcd on 127.0.0.1:$ETCD_PORT (Patroni's leader key)"
  spawn etcd postgres "$BASE/etcd" /usr/bin/etcd --name etcd1 --data-dir "$BASE/etcd/data" \
    --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
    --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-cluster "etcd1=http://127.0.0.1:$ETCD_PEER_PORT" --initial-cluster-state new
  wait_for etcd 30 curl -fsS "http://127.0.0.1:$ETCD_PORT/health"

  log "Patroni $PG1 (PostgreSQL on $PG1_PORT, REST on $PG1_REST)"
  spawn patroni-$PG1 postgres "$BASE/$PG1" /usr/bin/patroni "$BASE/$PG1.yml"
  wait_for "a primary" 90 patroni_primary
  log "Patroni $PG2 (PostgreSQL on $PG2_PORT, REST on $PG2_REST)"
  spawn patroni-$PG2 postgres "$BASE/$PG2" /usr/bin/patroni "$BASE/$PG2.yml"

  log "HAProxy: app on $HTTP_PORT, primary on $PG_WRITE_PORT, reads on $PG_READ_PORT, statistics on $STATS_PORT"
  haproxy -c -q -f "$BASE/haproxy.cfg" || die "haproxy.cfg does not parse"
  spawn haproxy root "$BASE" /usr/sbin/haproxy -db -f "$BASE/haproxy.cfg"
  sleep 3
  wait_for "HAProxy to the primary" 30 one_primary_behind_haproxy
  wait_for "the primary through HAProxy" 30 psql_primary -d postgres -c 'select 1'
  roles_and_database

  log "PgBouncer on $PGBOUNCER_PORT (transaction pooling)"
  spawn pgbouncer postgres "$BASE/pgbouncer" /usr/sbin/pgbouncer "$BASE/pgbouncer/pgbouncer.ini"
  wait_for PgBouncer 30 bash -c "PGPASSWORD='$APP_PASSWORD' psql -h 127.0.0.1 -p $PGBOUNCER_PORT -U therapy_app -d therapy_assist -qAtc 'select 1'"
  wait_for "the synchronous standby" 120 patroni_sync

  # One node first: it migrates (and loads the demo into an empty database); the second finds both done.
  log "app1 on $APP1_PORT ($java)"
  start_app app1 "$APP1_PORT" "$java" "$jar"
  wait_for app1 300 app_ready "$APP1_PORT"
  log "app2 on $APP2_PORT"
  start_app app2 "$APP2_PORT" "$java" "$jar"
  wait_for app2 300 app_ready "$APP2_PORT"
  status
  log "Ready: http://127.0.0.1:$HTTP_PORT (statistics: http://127.0.0.1:$STATS_PORT)"
}

# Both app nodes again, one after the other. Settings in the environment (THERAPY_ASSIST_…, LOGGING_LEVEL_…) reach both,
# as the jobs drill uses.
restart_apps() {
  DEMO=1
  if [ "${1:-}" = "--no-demo" ]; then DEMO=0; fi
  local jar java
  jar=$(ls "$ROOT"/target/therapy-assist-*.jar | grep -v -- '-plain' | head -n 1)
  java=$(find_java)
  secrets
  local node port
  for node in app1 app2; do
    if [ "$node" = app1 ]; then port=$APP1_PORT; else port=$APP2_PORT; fi
    halt "$node"
    start_app "$node" "$port" "$java" "$jar"
    wait_for "$node" 300 app_ready "$port"
  done
}

stop() {
  # The front first, the database last; the standby before the primary, so that stopping causes no failover.
  halt app2
  halt app1
  halt haproxy
  halt pgbouncer
  local primary=$PG1 standby=$PG2
  if curl -fsS "http://127.0.0.1:$PG2_REST/primary" >/dev/null 2>&1; then primary=$PG2; standby=$PG1; fi
  halt "patroni-$standby"
  halt "patroni-$primary"
  halt etcd
}

status() {
  local name
  for name in etcd patroni-$PG1 patroni-$PG2 haproxy pgbouncer app1 app2; do
    if running "$name"; then
      printf '%-12s running (pid %s)\n' "$name" "$(cat "$RUN/$name.pid")"
    else
      printf '%-12s stopped\n' "$name"
    fi
  done
  if running "patroni-$PG1" || running "patroni-$PG2"; then
    patronictl -c "$BASE/$PG1.yml" list 2>/dev/null || true
  fi
  local port
  for port in "$APP1_PORT" "$APP2_PORT" "$HTTP_PORT"; do
    printf 'readiness on %s: %s\n' "$port" "$(curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null || echo down)"
  done
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  status) status ;;
  restart-apps) shift; restart_apps "$@" ;;
  destroy) stop; rm -rf "$BASE"; log "deleted $BASE" ;;
  *) echo "usage: $0 start [--no-demo] | stop | status | restart-apps [--no-demo] | destroy" >&2; exit 2 ;;
esac
