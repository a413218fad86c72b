#!/usr/bin/env bash
# Patient page benchmark: a patient with 5 years of history (~500 records, 200 measures) and the exercise sheet PDF.
# Writes benchmark/patient-page.md and its section of BENCHMARKS.md. Options: BENCH_RECORDS (500), BENCH_MEASURES (200), BENCH_USERS (4), BENCH_SECONDS (20).
set -euo pipefail
cd "$(dirname "$0")/.."
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
PG_VERSION=$(ls /etc/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
  as_root pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main start
fi
for i in $(seq 1 30); do as_root runuser -u postgres -- pg_isready -q && break; sleep 1; done
psql_admin() { as_root runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }
[ "$(psql_admin -c "select 1 from pg_roles where rolname = 'therapy'")" = "1" ] || psql_admin -c "create role therapy login password 'therapy'"
[ "$(psql_admin -c "select 1 from pg_database where datname = 'therapy_assist_bench'")" = "1" ] || psql_admin -c "create database therapy_assist_bench owner therapy"
PG_PORT=$(pg_lsclusters -h | awk -v v="$PG_VERSION" '$1==v && $2=="main" {print $3}')
./mvnw -B -ntp -Pbenchmark test -Dtest=PatientPageBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.db.url="jdbc:postgresql://localhost:${PG_PORT}/therapy_assist_bench?reWriteBatchedInserts=true" \
  -Dbench.records="${BENCH_RECORDS:-500}" -Dbench.measures="${BENCH_MEASURES:-200}" -Dbench.users="${BENCH_USERS:-4}" -Dbench.seconds="${BENCH_SECONDS:-20}"
