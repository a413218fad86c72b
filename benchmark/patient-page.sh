#!/usr/bin/env bash
# Patient page benchmark: a patient with 5 years of history (~500 records, 200 measures) and the exercise sheet PDF.
# Writes benchmark/patient-page.md and its section of BENCHMARKS.md. Options: BENCH_RECORDS (500), BENCH_MEASURES (200), BENCH_USERS (4), BENCH_SECONDS (20).
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmark/bench-db.sh
./mvnw -B -ntp -Pbenchmark test -Dtest=PatientPageBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.db.url="jdbc:postgresql://localhost:${PG_PORT}/therapy_assist_bench?reWriteBatchedInserts=true" \
  -Dbench.records="${BENCH_RECORDS:-500}" -Dbench.measures="${BENCH_MEASURES:-200}" -Dbench.users="${BENCH_USERS:-4}" -Dbench.seconds="${BENCH_SECONDS:-20}"
