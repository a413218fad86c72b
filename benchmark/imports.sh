#!/usr/bin/env bash
# Import benchmark: 10,000 staff (ESR) and 100,000 patients (EPR) through the HTTP API, timed from outside the app's
# JVM, against the jar on a fresh embedded H2 database and then on PostgreSQL (demo profile both times); on PostgreSQL
# also the bare floor beside it: psql's \copy of the same files into a scratch table, and the ratio app ÷ floor. Not
# part of CI or the test suite. Writes benchmark/imports.md and puts it in BENCHMARKS.md between its markers. Run it
# holding the build lock (flock /tmp/ta-build.lock env IMPORTS_SKIP_BUILD=1 bash benchmark/imports.sh, after packaging)
# so that no build shares the machine with it.
# Options: IMPORTS_JAVA (a JDK 21+ java), IMPORTS_STAFF (10000), IMPORTS_PATIENTS (100000), IMPORTS_PORT (18490), IMPORTS_PG_DB
#          (therapy_assist_imports_bench: emptied first), IMPORTS_JAVA_OPTS (-Xmx1g), IMPORTS_SKIP_BUILD (0),
#          IMPORTS_DATABASES ("h2 postgresql").
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${IMPORTS_PORT:-18490}"
PG_DB="${IMPORTS_PG_DB:-therapy_assist_imports_bench}"
WORK=$(mktemp -d /tmp/therapy-assist-imports.XXXXXX)
ROWS="$WORK/rows.md"
RATIOS="$WORK/ratios.md"
: > "$ROWS"
: > "$RATIOS"
DRIVER_ARGS=()

if [ "${IMPORTS_SKIP_BUILD:-0}" != "1" ]; then
  if command -v flock >/dev/null; then flock /tmp/ta-build.lock ./mvnw -B -ntp -q -DskipTests package; else ./mvnw -B -ntp -q -DskipTests package; fi
fi
cp target/therapy-assist-0.1.0-SNAPSHOT.jar "$WORK/app.jar"

java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
JAVA="${IMPORTS_JAVA:-java}"
if [ -z "${IMPORTS_JAVA:-}" ] && [ "$(java_major java || echo 0)" -lt 21 ]; then
  JAVA=$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | while read -r j; do [ "$(java_major "$j")" -ge 21 ] && echo "$j"; done | sort -V | tail -n 1)
fi
[ -n "$JAVA" ] || { echo "imports: needs a JDK 21 or newer (set IMPORTS_JAVA)" >&2; exit 3; }

run_on() { # $1 label, then extra arguments for the app
  local label="$1"; shift
  mkdir -p "$WORK/$label"
  (cd "$WORK/$label" && exec "$JAVA" ${IMPORTS_JAVA_OPTS:--Xmx1g} -jar ../app.jar --server.port="$PORT" "$@" > app.log 2>&1) &
  local app=$!
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "http://localhost:$PORT/actuator/health" && break
    kill -0 "$app" 2>/dev/null || { echo "imports: the app stopped while starting; see $WORK/$label/app.log" >&2; exit 3; }
    sleep 1
  done
  set +e
  python3 benchmark/imports.py --base-url "http://localhost:$PORT" --database "$label" \
    --staff "${IMPORTS_STAFF:-10000}" --patients "${IMPORTS_PATIENTS:-100000}" --report "$ROWS" "${DRIVER_ARGS[@]}"
  local status=$?
  set -e
  kill "$app"; wait "$app" 2>/dev/null || true
  [ "$status" = "0" ] || { echo "imports: a run failed on $label; see $WORK/$label/app.log" >&2; exit 1; }
}

for db in ${IMPORTS_DATABASES:-h2 postgresql}; do
  case "$db" in
    h2) run_on "H2" --spring.profiles.active=demo ;;
    postgresql)
      psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }
      [ "$(psql_admin -c "select 1 from pg_database where datname = '$PG_DB'")" = "1" ] || psql_admin -c "create database $PG_DB owner therapy"
      PGPASSWORD=therapy psql -h localhost -U therapy -d "$PG_DB" -qc "drop schema if exists public cascade; create schema public"
      PG_VERSION=$(PGPASSWORD=therapy psql -h localhost -U therapy -d "$PG_DB" -qAtc "select version()" | cut -d' ' -f1-2)
      DRIVER_ARGS=(--floor-db "postgresql://therapy:therapy@localhost:5432/$PG_DB" --ratios "$RATIOS")
      DATABASE_URL="jdbc:postgresql://localhost:5432/$PG_DB" DATABASE_USERNAME=therapy DATABASE_PASSWORD=therapy \
        run_on "$PG_VERSION" --spring.profiles.active=demo,postgres
      DRIVER_ARGS=() ;;
  esac
done

thousands() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
CPU=$(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1)
{
  echo "## Imports (issue 13)"
  echo
  echo "Written by \`bash benchmark/imports.sh\`. Last run: $(date -u +%Y-%m-%dT%H:%M:%SZ), from commit $(git rev-parse --short HEAD)."
  echo
  echo "The jar on this machine ($CPU, $(nproc) cores shared with other builds; $(free -g | awk '/^Mem:/ {print $2}') GiB; $("$JAVA" -version 2>&1 | head -n 1)), demo profile, on a fresh embedded H2 database and then on PostgreSQL on loopback. The driver (\`benchmark/imports.py\`, another process) generates the files and posts each as one \`text/csv\` body as administrator; each import is one request, so a figure is that request's wall time (percentiles would add nothing). The staff file has $(thousands "${IMPORTS_STAFF:-10000}") ESR rows; the patient file $(thousands "${IMPORTS_PATIENTS:-100000}") rows with valid NHS numbers and the columns an EPR extract has (title, gender and GP practice are read past). Each file is imported three times: first (every row added), the same file again (every row unchanged: nothing written), and with a tenth of the rows changed (those updated). Aim: under a minute."
  echo
  echo "| import | database | run | file | outcome | seconds | rows per second |"
  echo "| --- | --- | --- | --- | --- | ---: | ---: |"
  cat "$ROWS"
  if [ -s "$RATIOS" ]; then
    echo
    echo "**Beside the bare floor.** The floor is the plainest load of the same file into the same PostgreSQL database, also from outside the app's JVM: psql's \`\copy\` (one COPY statement, committed) into a scratch table with one text column per CSV column, no index, no type, nothing checked, matched or audited; the median of three, as psql's \`\timing\` gives it. It is the floor, not a competitor: the import also authenticates, parses and checks every row (NHS number Modulus 11, dates, bands, job roles, teams), reads the organisation's records to match each row, writes typed rows under their unique keys with the search name, and one audit event, all in one transaction, and answers with a report row by row in JSON."
    echo
    echo "| import | database | run | app seconds | floor seconds | app ÷ floor |"
    echo "| --- | --- | --- | ---: | ---: | ---: |"
    cat "$RATIOS"
  fi
} > benchmark/imports.md
python3 - <<'PY'
import pathlib, re
section = "<!-- imports -->\n" + pathlib.Path("benchmark/imports.md").read_text().rstrip() + "\n<!-- /imports -->"
path = pathlib.Path("BENCHMARKS.md")
text = path.read_text()
if "<!-- imports -->" in text:
    text = re.sub(r"(?s)<!-- imports -->.*<!-- /imports -->", lambda _: section, text)
else:
    text = text.rstrip() + "\n\n" + section + "\n"
path.write_text(text)
PY
cat benchmark/imports.md
echo "imports: BENCHMARKS.md updated (work directory $WORK)"
