#!/usr/bin/env bash
# Drill (not in CI): kill the PostgreSQL primary (its Patroni and its postmaster, SIGKILL: the machine is gone) while
# sessions are being recorded through HAProxy, PgBouncer and both app nodes. Measures how long until writes succeed
# again (Patroni promotes the synchronous standby, HAProxy and PgBouncer follow, the app reconnects by itself) and
# checks that every acknowledged write (201) is in the new primary: synchronous replication means none is lost.
#   deploy/drill-primary.sh      (the cluster running, with the demo: deploy/cluster.sh start)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BASE="${TA_CLUSTER_DIR:-/var/tmp/therapy-assist-cluster}"
DURATION="${DURATION:-60}"
KILL_AFTER="${KILL_AFTER:-15}"
CONNECTIONS="${CONNECTIONS:-16}"
USERNAME="${DRILL_USER:-hca.demo}"
RUN_ID="run$(date -u +%H%M%S)"
WORK="$BASE/logs/drill-primary-$RUN_ID"
mkdir -p "$WORK"
# shellcheck disable=SC1091
. "$BASE/secrets.env"

sql() { PGPASSWORD="$SUPERUSER_PASSWORD" psql -h 127.0.0.1 -p 5440 -U postgres -d therapy_assist -qAt -c "$1"; }
primary() {
  if curl -fsS http://127.0.0.1:8441/primary >/dev/null 2>&1; then echo pg1
  elif curl -fsS http://127.0.0.1:8442/primary >/dev/null 2>&1; then echo pg2; fi
}

# The support worker's accepted delegations that take a record without a before-session checklist: one record each
# (these count as acknowledged writes too), keeping those that answer 201.
auth="Basic $(printf '%s:demo' "$USERNAME" | base64)"
today=$(TZ=Europe/London date +%F)
: > "$WORK/acked.preflight"
delegations=""
for d in $(sql "select d.id from delegation d join staff_member s on s.id = d.worker_id
    where s.username = '$USERNAME' and d.status = 'ACCEPTED' and d.starts_on <= current_date order by d.id limit 12"); do
  status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST http://127.0.0.1:8180/api/v1/session-records \
    -H "Authorization: $auth" -H 'Content-Type: application/json' -H "Idempotency-Key: drill-$RUN_ID-pre-$d" \
    -d "{\"delegationId\":\"$d\",\"performedOn\":\"$today\",\"patientResponse\":\"drill $RUN_ID pre-$d\",\"activities\":[{\"activity\":\"Sit to stand\",\"setsDone\":2,\"repetitionsDone\":8}]}")
  if [ "$status" = 201 ]; then
    delegations="${delegations:+$delegations,}$d"
    echo "$RUN_ID pre-$d" >> "$WORK/acked.preflight"
  fi
done
[ -n "$delegations" ] || { echo "no delegation of $USERNAME takes a record" >&2; exit 1; }
old=$(primary)
echo "== primary: $old; $CONNECTIONS connections recording sessions for ${DURATION}s; SIGKILL to $old after ${KILL_AFTER}s"

# A prober beside the load: one record every 100 ms, each answer's time and status, to time the recovery.
python3 - "$WORK/probe.txt" "$auth" "${delegations%%,*}" "$today" "$RUN_ID" "$DURATION" <<'PY' &
import json, sys, time, urllib.request, urllib.error
out, auth, delegation, day, run, duration = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], float(sys.argv[6])
end = time.time() + duration
n = 0
with open(out, "w") as f:
    while time.time() < end:
        n += 1
        body = json.dumps({"delegationId": delegation, "performedOn": day, "patientResponse": f"drill {run} probe-{n}",
                           "activities": [{"activity": "Sit to stand", "setsDone": 2, "repetitionsDone": 8}]}).encode()
        req = urllib.request.Request("http://127.0.0.1:8180/api/v1/session-records", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": auth,
                                              "Idempotency-Key": f"drill-{run}-probe-{n}"})
        started = time.time()
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                status = r.status
        except urllib.error.HTTPError as e:
            status = e.code
        except Exception as e:
            status = 0
        f.write(f"{started:.3f} {time.time():.3f} {status} probe-{n}\n")
        f.flush()
        time.sleep(0.1)
PY
probe=$!

DRILL_RUN="$RUN_ID" DRILL_DELEGATIONS="$delegations" DRILL_DAY="$today" DRILL_AUTH="$auth" DRILL_ACKED="$WORK/acked" \
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s --latency -s "$ROOT/deploy/drills/record-sessions.lua" \
  http://127.0.0.1:8180 > "$WORK/wrk.txt" &
load=$!
sleep "$KILL_AFTER"
killed_at=$(date +%s.%N)
postmaster=$(head -n 1 "$BASE/$old/data/postmaster.pid")
kill -9 "$(cat "$BASE/run/patroni-$old.pid")" "$postmaster"
echo "killed $old (Patroni and postmaster $postmaster) at $(date -u -d @"$killed_at" +%H:%M:%S.%N)"
wait "$load"
wait "$probe"
new=$(primary)
cat "$WORK/wrk.txt"

python3 - "$WORK/probe.txt" "$killed_at" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1])]
killed = float(sys.argv[2])
failed = [r for r in rows if r[2] != "201"]
after = [r for r in rows if float(r[0]) >= killed]
first_failure = next((r for r in after if r[2] != "201"), None)
last_failure = max((float(r[1]) for r in failed), default=None)
recovered = next((r for r in after if r[2] == "201" and (last_failure is None or float(r[0]) > last_failure)), None)
print(f"prober: {len(rows)} requests, {len(failed)} not 201 ({sorted(set(r[2] for r in failed))})")
if recovered:
    print(f"time to recovery: {float(recovered[1]) - killed:.1f} s from the kill to the first 201 after the last failure")
slow = max(rows, key=lambda r: float(r[1]) - float(r[0]))
print(f"longest prober request: {float(slow[1]) - float(slow[0]):.1f} s (status {slow[2]})")
PY

cat "$WORK"/acked.* | sort -u > "$WORK/acked.txt"
acked=$(wc -l < "$WORK/acked.txt")
probe_acked=$(awk '$3 == 201 {print $4}' "$WORK/probe.txt" | sort -u)
printf '%s\n' $probe_acked | sed "s/^/$RUN_ID /" >> "$WORK/acked.txt"
sql "select substring(patient_response from 7) from session_record where patient_response like 'drill $RUN_ID %'" \
  | sort -u > "$WORK/rows.txt"
lost=$(comm -23 <(sort -u "$WORK/acked.txt") "$WORK/rows.txt" | wc -l)
echo "== new primary: $new"
echo "acknowledged (201): $(sort -u "$WORK/acked.txt" | wc -l) (wrk and the first records $acked, prober $(printf '%s\n' $probe_acked | grep -c .))"
echo "rows in the new primary: $(wc -l < "$WORK/rows.txt")"
echo "acknowledged writes lost: $lost"
echo "== starting $old again (it rejoins as the standby)"
"$ROOT/deploy/cluster.sh" start >/dev/null
patronictl -c "$BASE/pg1.yml" list
echo "(files kept in $WORK)"
