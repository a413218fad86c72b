#!/usr/bin/env bash
# Benchmark harness: ~100k patients and ~1M session records on PostgreSQL, load over HTTP, bare-SQL baseline.
# Writes BENCHMARKS.md. Options: BENCH_PATIENTS (default 100000), BENCH_USERS (16), BENCH_SECONDS (30).
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmark/bench-db.sh
./mvnw -B -ntp -Pbenchmark test -Dtest=DelegationLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.db.url="jdbc:postgresql://localhost:${PG_PORT}/therapy_assist_bench?reWriteBatchedInserts=true" \
  -Dbench.patients="${BENCH_PATIENTS:-100000}" -Dbench.users="${BENCH_USERS:-16}" -Dbench.seconds="${BENCH_SECONDS:-30}"
