#!/usr/bin/env bash
# External load harness (issue 16): the application started as users start it (the jar, PostgreSQL profile), load from
# a separate process (wrk, Debian's), and beside it the bare-SQL floor driven the same way from outside (pgbench with
# the same rows at the same concurrency). Writes the "external" section of BENCHMARKS.md.
#
#   bash benchmark/external.sh
#
# Settings (environment):
#   BENCH_SCALES       patients per data set, generated once each into its own database (default "10000 100000 1000000")
#   BENCH_CONCURRENCY  connections (default "16 64")
#   BENCH_SECONDS      seconds per measurement after a warm-up (default 30)
#   BENCH_OPERATIONS   default "my-day patient inbox record-sign fhir-patient fhir-observations"
#   BENCH_SKIP_BUILD=1 use the jar already in target/
#   BENCH_JAVA         the java to run the app with (default: the JDK 25 the build uses)
#   BENCH_KEEP_RESULTS=1  add to the figures of the last run instead of starting afresh
#   BENCH_APP_OPTS     extra JVM options for the app (for example a JFR recording)
# The app starts through bin/therapy-assist, with the AOT cache if `bin/therapy-assist train` made one for this jar.
#
# Maven runs under flock /tmp/ta-build.lock (one build at a time on this machine); PostgreSQL is started before, so it
# never inherits the lock.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source benchmark/bench-db.sh

SCALES=${BENCH_SCALES:-"10000 100000 1000000"}
CONCURRENCY=${BENCH_CONCURRENCY:-"16 64"}
SECONDS_EACH=${BENCH_SECONDS:-30}
OPERATIONS=${BENCH_OPERATIONS:-"my-day patient inbox record-sign fhir-patient fhir-observations"}
OUT=$ROOT/target/bench-external
PORT=${BENCH_PORT:-18480}
mkdir -p "$OUT"
RESULTS=$OUT/results.tsv
# BENCH_KEEP_RESULTS=1 adds to the last run's figures (one scale or operation at a time); otherwise start afresh.
[ "${BENCH_KEEP_RESULTS:-}" = "1" ] || : > "$RESULTS"

command -v wrk >/dev/null || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null

JAVA=${BENCH_JAVA:-}
if [ -z "$JAVA" ]; then
  JAVA=$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)
fi
[ -x "$JAVA" ] || { echo "No JDK 25 found: set BENCH_JAVA" >&2; exit 1; }

if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  echo "== Building the jar"
  flock /tmp/ta-build.lock ./mvnw -B -ntp -q -DskipTests package
fi
JAR=$(ls target/therapy-assist-*.jar | grep -v plain | head -n 1)

app_pid=
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=
}
trap stop_app EXIT

# Seconds with two decimals.
now() { date +%s.%N; }

for scale in $SCALES; do
  db=therapy_assist_bench_$scale
  if [ "$(psql_admin -c "select 1 from pg_database where datname = '$db'")" != "1" ]; then
    psql_admin -c "create database $db owner therapy"
  fi
  url="jdbc:postgresql://localhost:${PG_PORT}/$db"
  echo "== Data: $scale patients in $db"
  flock /tmp/ta-build.lock ./mvnw -B -ntp -q -Pbenchmark test -Dtest=ScaleData -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.db.url="$url?reWriteBatchedInserts=true" -Dbench.patients="$scale" \
    -Dsurefire.redirectTestOutputToFile=false | grep '^bench-data:' || true
  people=$OUT/people-$scale.txt
  PGPASSWORD=therapy psql -h localhost -p "$PG_PORT" -U therapy -d "$db" -qAt -F ' ' -c \
    "select staff_id, encode(convert_to(username || ':demo', 'UTF8'), 'base64'),
            encode(convert_to(registrant_username || ':demo', 'UTF8'), 'base64'), delegation_id, patient_id
       from bench_people order by n" > "$people"
  count=$(wc -l < "$people")
  sizes=$(PGPASSWORD=therapy psql -h localhost -p "$PG_PORT" -U therapy -d "$db" -qAt -c \
    "select (select count(*) from patient) || ' ' || (select count(*) from session_record) || ' ' ||
            (select count(*) from staff_member) || ' ' || pg_size_pretty(pg_database_size(current_database()))")
  echo "   $count people; patients, session records, staff, size: $sizes"

  echo "== Starting the application on port $PORT"
  # shellcheck disable=SC2086
  # As a service starts it: bin/therapy-assist (with the AOT cache when one was made for this jar).
  DATABASE_URL="$url" DATABASE_USERNAME=therapy_app DATABASE_PASSWORD=therapy_app \
    DATABASE_OWNER_USERNAME=therapy DATABASE_OWNER_PASSWORD=therapy \
    JAVA_HOME="$(dirname "$(dirname "$JAVA")")" JAVA_OPTS="${BENCH_APP_OPTS:-}" THERAPY_ASSIST_JAR="$ROOT/$JAR" \
    bin/therapy-assist --spring.profiles.active=postgres --server.port="$PORT" \
    --therapy-assist.demo.enabled=false --therapy-assist.identity.api-basic-auth=true \
    --therapy-assist.audit.checkpoint-key-file="$OUT/audit/audit-checkpoint.key" \
    --therapy-assist.audit.checkpoint-anchor-directory="$OUT/audit/anchor-$scale" \
    > "$OUT/app-$scale.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 240); do
    curl -fsS "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$app_pid" 2>/dev/null || { tail -n 40 "$OUT/app-$scale.log"; exit 1; }
    sleep 0.5
  done

  # Every person signs in once first: each has a bcrypt hash of their own, checked once and then remembered for five
  # minutes, as for any API client; without this the first measurement would carry most of the checks.
  awk '{print $2; print $3}' "$people" | sort -u | xargs -P 2 -I{} \
    curl -s -o /dev/null -H "Authorization: Basic {}" "http://localhost:$PORT/api/v1/me/counts"

  for op in $OPERATIONS; do
    case $op in
      record-sign) floor=(-f "$ROOT/benchmark/floor/record.sql" -f "$ROOT/benchmark/floor/sign.sql") ;;
      fhir-patient) floor=(-f "$ROOT/benchmark/floor/patient.sql") ;;
      fhir-observations) floor=(-f "$ROOT/benchmark/floor/observations.sql") ;;
      *) floor=(-f "$ROOT/benchmark/floor/$op.sql") ;;
    esac
    # Warm-up: the JIT, the pools, and every person's one bcrypt check.
    BENCH_PEOPLE=$people BENCH_WRK_DIR=$ROOT/benchmark/wrk \
      wrk -t2 -c16 -d10s -s "benchmark/wrk/$op.lua" "http://localhost:$PORT" > "$OUT/warm-$scale-$op.txt" 2>&1
    PGPASSWORD=therapy pgbench -h localhost -p "$PG_PORT" -U therapy -n -M prepared -c 16 -j 2 -T 5 \
      -D people="$count" "${floor[@]}" "$db" > /dev/null 2>&1
    for c in $CONCURRENCY; do
      echo "-- $scale patients, $op, $c connections"
      BENCH_PEOPLE=$people BENCH_WRK_DIR=$ROOT/benchmark/wrk \
        wrk -t2 -c"$c" -d"${SECONDS_EACH}s" --timeout 10s -s "benchmark/wrk/$op.lua" "http://localhost:$PORT" \
        > "$OUT/app-$scale-$op-$c.txt" 2>&1
      app=$(grep '^RESULT' "$OUT/app-$scale-$op-$c.txt" | sed 's/^RESULT //')
      echo "   app   $app"
      rm -f "$OUT"/pgbench_log.*
      (cd "$OUT" && PGPASSWORD=therapy pgbench -h localhost -p "$PG_PORT" -U therapy -n -M prepared -c "$c" -j 2 \
        -T "$SECONDS_EACH" -l -D people="$count" "${floor[@]}" "$db" \
        > "$OUT/floor-$scale-$op-$c.txt" 2>&1)
      sql=$(cat "$OUT"/pgbench_log.* | python3 benchmark/floor-summary.py "$SECONDS_EACH" "$OUT/floor-$scale-$op-$c.txt")
      echo "   floor $sql"
      printf '%s\t%s\t%s\t%s\t%s\n' "$scale" "$op" "$c" "$app" "$sql" >> "$RESULTS"
    done
  done
  stop_app
  printf 'data\t%s\t%s\t%s\n' "$scale" "$count" "$sizes" >> "$RESULTS"
done

python3 benchmark/external-report.py "$RESULTS" "$JAVA" "$SECONDS_EACH"
