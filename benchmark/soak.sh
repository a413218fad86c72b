#!/usr/bin/env bash
# Soak: hours of mixed use on the embedded H2 default, counting every response. Not part of CI or the test suite.
# Builds the jar, starts it on a fresh H2 database (demo profile) with the pool's max-lifetime at its 30 s minimum, so
# every pooled connection is retired and replaced about 120 times an hour, then drives it with benchmark/soak.py.
# Prints its report and writes it to $SOAK_DIR/soak.md; a run of 120 minutes or more (or SOAK_RECORD=1) is also kept
# as benchmark/soak.md and put in BENCHMARKS.md.
# Exit status: 0 clean; 1 a 5xx, an unexpected 409 or a transport error; 2 another unexpected status (see soak.py).
# Options: SOAK_MINUTES (120), SOAK_PORT (18480), SOAK_THINK (1.5 s mean between one actor's requests),
#          SOAK_MAX_LIFETIME_MS (30000), SOAK_JAVA (a JDK 21+ java), SOAK_JAVA_OPTS (-Xmx768m), SOAK_SKIP_BUILD (0),
#          SOAK_DIR (a new temporary directory: the app's working directory, ./data and its log),
#          SOAK_JAR (the jar to run; default the one just built).
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES="${SOAK_MINUTES:-120}"
PORT="${SOAK_PORT:-18480}"
MAX_LIFETIME="${SOAK_MAX_LIFETIME_MS:-30000}"
WORK="${SOAK_DIR:-$(mktemp -d /tmp/therapy-assist-soak.XXXXXX)}"

java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
JAVA="${SOAK_JAVA:-java}"
if [ -z "${SOAK_JAVA:-}" ] && [ "$(java_major java || echo 0)" -lt 21 ]; then
  JAVA=$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | while read -r j; do [ "$(java_major "$j")" -ge 21 ] && echo "$j"; done | sort -V | tail -n 1)
fi
[ -n "$JAVA" ] || { echo "soak: needs a JDK 21 or newer (set SOAK_JAVA)" >&2; exit 3; }

if [ "${SOAK_SKIP_BUILD:-0}" != "1" ]; then
  # The machine's shared build lock, where there is one.
  if command -v flock >/dev/null; then flock /tmp/ta-build.lock ./mvnw -B -ntp -q -DskipTests package; else ./mvnw -B -ntp -q -DskipTests package; fi
fi
mkdir -p "$WORK"
# A copy, so a rebuild during the soak cannot change the jar under the running app.
cp "${SOAK_JAR:-target/therapy-assist-0.1.0-SNAPSHOT.jar}" "$WORK/app.jar"

echo "soak: $MINUTES min on port $PORT, app in $WORK (log $WORK/app.log), max-lifetime ${MAX_LIFETIME} ms, $("$JAVA" -version 2>&1 | head -n 1)"
(cd "$WORK" && exec "$JAVA" ${SOAK_JAVA_OPTS:--Xmx768m} -jar app.jar --spring.profiles.active=demo --server.port="$PORT" \
  --spring.datasource.hikari.max-lifetime="$MAX_LIFETIME" \
  --management.endpoints.web.exposure.include=health,info,metrics > app.log 2>&1) &
APP=$!
trap 'kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf -o /dev/null "http://localhost:$PORT/actuator/health" && break
  kill -0 "$APP" 2>/dev/null || { echo "soak: the app stopped while starting; see $WORK/app.log" >&2; exit 3; }
  sleep 1
done

set +e
python3 benchmark/soak.py --base-url "http://localhost:$PORT" --minutes "$MINUTES" --think "${SOAK_THINK:-1.5}" \
  --max-lifetime "$MAX_LIFETIME" --app-log "$WORK/app.log" --data-dir "$WORK/data" --report "$WORK/soak.md"
STATUS=$?
set -e

if [ "$(awk -v m="$MINUTES" 'BEGIN { print (m >= 120) }')" = "1" ] || [ "${SOAK_RECORD:-0}" = "1" ]; then
  # Between its markers in BENCHMARKS.md, as the other harnesses' sections are (BenchmarkRuns keeps it there).
  cp "$WORK/soak.md" benchmark/soak.md
  python3 - <<'PY'
import pathlib, re
section = "<!-- soak -->\n" + pathlib.Path("benchmark/soak.md").read_text().rstrip() + "\n<!-- /soak -->"
path = pathlib.Path("BENCHMARKS.md")
text = path.read_text()
if "<!-- soak -->" in text:
    text = re.sub(r"(?s)<!-- soak -->.*<!-- /soak -->", lambda _: section, text)
else:
    text = text.rstrip() + "\n\n" + section + "\n"
path.write_text(text)
PY
  echo "soak: BENCHMARKS.md updated"
fi
echo "soak: exit $STATUS (0 clean; 1 5xx, unexpected 409 or transport error; 2 other unexpected status)"
exit "$STATUS"
