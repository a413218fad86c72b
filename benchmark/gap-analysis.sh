#!/usr/bin/env bash
# Gap-analysis benchmark: a 2,000-support-worker organisation on PostgreSQL, the grid over HTTP vs bare SQL.
# Writes benchmark/gap-analysis.md and its section of BENCHMARKS.md. Options: BENCH_SUPPORT_WORKERS (2000), BENCH_LEADS (4), BENCH_SECONDS (20).
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmark/bench-db.sh
./mvnw -B -ntp -Pbenchmark test -Dtest=GapAnalysisBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.db.url="jdbc:postgresql://localhost:${PG_PORT}/therapy_assist_bench?reWriteBatchedInserts=true" \
  -Dbench.supportWorkers="${BENCH_SUPPORT_WORKERS:-2000}" -Dbench.leads="${BENCH_LEADS:-4}" -Dbench.seconds="${BENCH_SECONDS:-20}"
