#!/usr/bin/env bash
# Drill (not in CI): kill one app node with SIGKILL under load and count the requests that failed. The load is My day
# from the API (GET /api/v1/my-day, HTTP Basic as a demo support worker) through HAProxy; the goal is that only the
# requests in flight on the killed node fail, and HAProxy's retries may save even those. Then the node is started again.
#   deploy/drill-app-node.sh [app1|app2]      (the cluster running: deploy/cluster.sh start)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BASE="${TA_CLUSTER_DIR:-/var/tmp/therapy-assist-cluster}"
VICTIM="${1:-app2}"
DURATION="${DURATION:-40}"
KILL_AFTER="${KILL_AFTER:-15}"
CONNECTIONS="${CONNECTIONS:-16}"
USERNAME="${DRILL_USER:-sw.demo}"
OUT="$BASE/logs/drill-app-node-$(date -u +%Y%m%dT%H%M%SZ).txt"

[ -f "$BASE/run/$VICTIM.pid" ] && kill -0 "$(cat "$BASE/run/$VICTIM.pid")" || { echo "$VICTIM is not running" >&2; exit 1; }
auth="Basic $(printf '%s:demo' "$USERNAME" | base64)"
curl -fsS -o /dev/null -H "Authorization: $auth" http://127.0.0.1:8180/api/v1/my-day

echo "== wrk: $CONNECTIONS connections for ${DURATION}s on GET /api/v1/my-day; SIGKILL to $VICTIM after ${KILL_AFTER}s"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$ROOT/deploy/drills/statuses.lua" \
  -H "Authorization: $auth" http://127.0.0.1:8180/api/v1/my-day > "$OUT" &
load=$!
sleep "$KILL_AFTER"
killed_at=$(date -u +%H:%M:%S.%N)
kill -9 "$(cat "$BASE/run/$VICTIM.pid")"
echo "killed $VICTIM at $killed_at"
wait "$load"
cat "$OUT"
echo "== HAProxy's view"
curl -fsS "http://127.0.0.1:8190/;csv" | awk -F, '$1 == "app_nodes" {print $2, $18, "retries=" $16, "redispatches=" $17}'
echo "== starting $VICTIM again"
"$ROOT/deploy/cluster.sh" start >/dev/null
curl -fsS "http://127.0.0.1:8190/;csv" | awk -F, '$1 == "app_nodes" {print $2, $18}'
echo "(output kept in $OUT)"
