#!/usr/bin/env bash
# Planning benchmark: a day of home visits in one town (40 workers, 400 visits, 20 double-ups) planned by Timefold Solver
# and by a greedy nearest-neighbour baseline, then re-planned after one worker drops out. The load is the solver itself,
# in the test JVM; no database. Run it holding the build lock: flock /tmp/ta-build.lock bash benchmark/planning.sh
# Writes benchmark/planning.md and its section of BENCHMARKS.md.
# Options: BENCH_WORKERS (40), BENCH_VISITS (400), BENCH_DOUBLE_UPS (20), BENCH_SECONDS (30), BENCH_SEEDS (14,15,16,17,18: the medians are over these).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -Pbenchmark test -Dtest=PlanningBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.workers="${BENCH_WORKERS:-40}" -Dbench.visits="${BENCH_VISITS:-400}" \
  -Dbench.doubleUps="${BENCH_DOUBLE_UPS:-20}" -Dbench.seconds="${BENCH_SECONDS:-30}" -Dbench.seeds="${BENCH_SEEDS:-14,15,16,17,18}"
