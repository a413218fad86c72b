#!/usr/bin/env bash
# Drill (not in CI): a scheduled job runs exactly once per tick across both nodes. Both nodes are restarted with the
# expired-session sweep on a cron tick every 15 seconds (held at least 5 s) and ShedLock's own log on; after
# $WATCH seconds each node's log says, per tick, whether it ran the job or found it locked. Every tick must have one
# run in all. The fixed-delay jobs (lone working, notifications) are counted from the same logs. The nodes are then
# restarted with their usual settings.
#   deploy/drill-jobs.sh      (the cluster running: deploy/cluster.sh start)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BASE="${TA_CLUSTER_DIR:-/var/tmp/therapy-assist-cluster}"
WATCH="${WATCH:-180}"

echo "== restarting both nodes with the sweep every 15 s"
THERAPY_ASSIST_HTTP_SESSIONS_SWEEP_CRON='*/15 * * * * *' THERAPY_ASSIST_HTTP_SESSIONS_SWEEP_LOCK_AT_LEAST_FOR=PT5S \
  LOGGING_LEVEL_NET_JAVACRUMBS_SHEDLOCK=debug "$ROOT/deploy/cluster.sh" restart-apps
from=$(date -u +%s)
echo "== watching for ${WATCH}s"
sleep "$WATCH"
to=$(date -u +%s)

python3 - "$BASE/logs/app1.log" "$BASE/logs/app2.log" "$from" "$to" <<'PY'
import re, sys
from collections import defaultdict
from datetime import datetime, timezone
logs, start, end = sys.argv[1:3], int(sys.argv[3]), int(sys.argv[4])
line = re.compile(r"^(\S+T\S+)\s.*?(Locked '([\w-]+)'|Not executing '([\w-]+)')")
runs = defaultdict(lambda: defaultdict(list))   # job -> node -> [seconds]
skips = defaultdict(lambda: defaultdict(int))
for node, path in zip(("app1", "app2"), logs):
    for text in open(path, errors="replace"):
        m = line.match(text)
        if not m:
            continue
        at = datetime.fromisoformat(m.group(1).replace("Z", "+00:00")).timestamp()
        if not start <= at <= end:
            continue
        if m.group(3):
            runs[m.group(3)][node].append(at)
        else:
            skips[m.group(4)][node] += 1
for job in sorted(set(runs) | set(skips)):
    ran = {n: len(runs[job][n]) for n in ("app1", "app2")}
    print(f"{job}: runs app1 {ran['app1']}, app2 {ran['app2']}; found locked app1 {skips[job]['app1']}, app2 {skips[job]['app2']}")
sweep = sorted(t for n in ("app1", "app2") for t in runs["expired-http-sessions"][n])
ticks = defaultdict(int)
for t in sweep:
    ticks[int(t // 15)] += 1
expected = [k for k in range(int(start // 15) + 1, int(end // 15))]
print(f"sweep ticks in the window: {len(expected)}; ticks run once: {sum(1 for k in expected if ticks[k] == 1)}; "
      f"run twice or more: {sum(1 for k in expected if ticks[k] > 1)}; not run: {sum(1 for k in expected if ticks[k] == 0)}")
PY
echo "== restarting both nodes with their usual settings"
"$ROOT/deploy/cluster.sh" restart-apps
