#!/usr/bin/env bash
# Equipment benchmark: 1M ledger entries and 50k assets on PostgreSQL; stock page, inspections due and lending vs bare SQL.
# Writes benchmark/equipment.md and its section of BENCHMARKS.md. Options: BENCH_MOVEMENTS (1000000), BENCH_ASSETS (50000), BENCH_USERS (32), BENCH_SECONDS (20).
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmark/bench-db.sh
./mvnw -B -ntp -Pbenchmark test -Dtest=EquipmentBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.db.url="jdbc:postgresql://localhost:${PG_PORT}/therapy_assist_bench?reWriteBatchedInserts=true" \
  -Dbench.movements="${BENCH_MOVEMENTS:-1000000}" -Dbench.assets="${BENCH_ASSETS:-50000}" -Dbench.users="${BENCH_USERS:-32}" -Dbench.seconds="${BENCH_SECONDS:-20}"
