#!/usr/bin/env bash
# Start-up to the first page: Spring PetClinic against Therapy Assist as users start it (bin/therapy-assist), without
# and with the JDK's AOT cache, on the same JDK with the same JVM flags and H2 for both. Each run is timed from just
# before the process is started to the first HTTP 200 of the first page (PetClinic's home page, Therapy Assist's
# sign-in page), polled every 50 ms. The configurations take turns (the order rotates every round), so load from
# anything else on the machine falls on all of them alike. Writes benchmark/startup.md and the same section between
# <!-- startup --> and <!-- /startup --> at the end of BENCHMARKS.md, and leaves every other section alone.
#
#   bash benchmark/startup.sh              RUNS=5 by default
#
# PETCLINIC_JAR (default /var/tmp/petclinic/target/*.jar: PetClinic is built outside this repository, see
# BENCHMARKS.md), JAVA_HOME (default: the Temurin 25 install), RUNS, STARTUP_JVM_FLAGS (flags given to every JVM).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${RUNS:-5}
flags=${STARTUP_JVM_FLAGS:-}
poll=0.05

java_home=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -n 1)}
java=$java_home/bin/java
[[ -x $java ]] || { echo "no JDK at $java_home (set JAVA_HOME)" >&2; exit 1; }
jdk=$(sed -n 's/^IMPLEMENTOR_VERSION="\(.*\)"/\1/p' "$java_home/release")
jdk_build=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$java_home/release")

petclinic_jar=${PETCLINIC_JAR:-$(ls -t /var/tmp/petclinic/target/*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)}
[[ -f ${petclinic_jar:-} ]] || { echo "no PetClinic jar (set PETCLINIC_JAR; BENCHMARKS.md says how it was built)" >&2; exit 1; }
ta_jar=$(ls -t "$root"/target/therapy-assist-*.jar 2>/dev/null | head -n 1 || true)
[[ -f ${ta_jar:-} ]] || { echo "build Therapy Assist first: ./mvnw -DskipTests package" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/startup-bench.XXXXXX")
pids=()
cleanup() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

export JAVA_HOME=$java_home
# The run script is what users start; JAVA_OPTS carries the flags both apps get.
launcher=$root/bin/therapy-assist

# The AOT cache for this jar and JDK, made once if it is not there yet (bin/therapy-assist names it after both).
if ! ls "${ta_jar%.jar}"-*-jdk"$jdk_build".aot >/dev/null 2>&1; then
  echo "No AOT cache for this build yet: training …"
  "$launcher" train
fi

# Therapy Assist restarts against its existing database, as a service does; the database is migrated once here and a
# copy of it is given to every run, so no run finds what an earlier one left. PetClinic builds its in-memory H2 from
# its schema and data scripts at every start: that is its normal start.
template=$work/ta-template
mkdir -p "$template"

wait_for() { # url pid → 0 when the URL answers 200, 1 if the process died
  local url=$1 pid=$2
  until curl -fs -o /dev/null --max-time 5 "$url"; do
    kill -0 "$pid" 2>/dev/null || return 1
    sleep "$poll"
  done
}

stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  pids=()
}

echo "Migrating a Therapy Assist database for the runs …"
(cd "$template" && exec env JAVA_OPTS="$flags" THERAPY_ASSIST_AOT=off "$launcher" --server.port=18180) \
  >"$work/template.log" 2>&1 &
pids=($!)
wait_for http://127.0.0.1:18180/login "${pids[0]}" || { cat "$work/template.log" >&2; exit 1; }
stop "${pids[0]}"
rm -f "$template/data/"*.lock.db

# One run of a configuration; prints the milliseconds to the first 200.
run_one() {
  local config=$1 dir=$work/run-$1-$2 port url start end pid
  mkdir -p "$dir"
  case $config in
    petclinic)
      port=18181; url=http://127.0.0.1:$port/
      start=$(date +%s%N)
      # shellcheck disable=SC2086
      (cd "$dir" && exec "$java" $flags -jar "$petclinic_jar" --server.port=$port) >"$dir/log" 2>&1 &
      ;;
    ta-plain | ta-aot)
      cp -r "$template/data" "$dir/data"
      port=18182; url=http://127.0.0.1:$port/login
      local aot=on
      [[ $config == ta-plain ]] && aot=off
      start=$(date +%s%N)
      (cd "$dir" && exec env JAVA_OPTS="$flags" THERAPY_ASSIST_AOT=$aot "$launcher" --server.port=$port) \
        >"$dir/log" 2>&1 &
      ;;
  esac
  pid=$!
  pids=("$pid")
  if ! wait_for "$url" "$pid"; then
    echo "$config did not start; its log:" >&2
    tail -40 "$dir/log" >&2
    exit 1
  fi
  end=$(date +%s%N)
  stop "$pid"
  rm -rf "$dir"
  echo $(((end - start) / 1000000))
}

configs=(petclinic ta-plain ta-aot)
declare -A times
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for ((round = 1; round <= runs; round++)); do
  # Rotate the order each round so that no configuration always runs first or last.
  order=()
  for ((k = 0; k < ${#configs[@]}; k++)); do
    order+=("${configs[$(((k + round - 1) % ${#configs[@]}))]}")
  done
  for config in "${order[@]}"; do
    ms=$(run_one "$config" "$round")
    times[$config]+="$ms "
    printf 'round %d  %-10s %6d ms\n' "$round" "$config" "$ms"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

p50() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
min() { tr ' ' '\n' <<<"$1" | grep . | sort -n | head -n 1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
secs() { awk -v a="$1" 'BEGIN {printf "%.2f", a / 1000}'; }

pc_p50=$(p50 "${times[petclinic]}"); pc_min=$(min "${times[petclinic]}")
plain_p50=$(p50 "${times[ta-plain]}"); plain_min=$(min "${times[ta-plain]}")
aot_p50=$(p50 "${times[ta-aot]}"); aot_min=$(min "${times[ta-aot]}")

# The goal (issue 16): the first page no later than PetClinic's, as users start it (bin/therapy-assist with its cache).
if ((aot_p50 <= pc_p50)); then met="met"; else met="not met"; fi
verdict="Goal, first page no later than PetClinic's as users start it (\`bin/therapy-assist\` with the cache): **$met**
($(ratio "$aot_p50" "$pc_p50")× at p50). Without the cache Therapy Assist takes $(ratio "$plain_p50" "$pc_p50")× PetClinic's time: see
[benchmark/startup-profile.md](benchmark/startup-profile.md) for where it goes and why it was not cut further."

cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)
cores=$(nproc)
mem=$(awk '/MemTotal/ {printf "%d GiB", $2 / 1048576}' /proc/meminfo)
pc_version=$(unzip -p "$petclinic_jar" META-INF/MANIFEST.MF | sed -n 's/^Spring-Boot-Version: //p' | tr -d '\r')
ta_version=$(unzip -p "$ta_jar" META-INF/MANIFEST.MF | sed -n 's/^Spring-Boot-Version: //p' | tr -d '\r')
aot_size=$(du -h "$(ls "${ta_jar%.jar}"-*-jdk"$jdk_build".aot | head -n 1)" | cut -f1)

section=$(cat <<EOF
<!-- startup -->
## Start-up to the first page

Written by \`bash benchmark/startup.sh\` (RUNS=$runs), $(date -u +%Y-%m-%dT%H:%M:%SZ). Time from starting the process
to the first HTTP 200 of the first page (PetClinic's home page, Therapy Assist's sign-in page), polled every 50 ms.

- Machine: $cpu, $cores cores, $mem; load average $load_before before and $load_after after the runs.
- JDK: $jdk ($jdk_build) for both; JVM flags: ${flags:-none beyond the defaults}. H2 for both.
- Spring PetClinic: its upstream sources at commit 2ef4155a (4.0.0-SNAPSHOT, the Boot 4 line), files the code
  library lacks at that commit taken from the nearest upstream versions, built outside this repository on Spring Boot
  $pc_version (upstream names 4.0.0-M2, which Maven Central does not serve); the full note is kept beside the build
  (\`/var/tmp/petclinic/NOTE.md\`). Its in-memory H2 is created from its schema and data scripts at every start.
  Started as \`java -jar spring-petclinic-4.0.0-SNAPSHOT.jar\`.
- Therapy Assist (Spring Boot $ta_version) started with \`bin/therapy-assist\` on an H2 file database already migrated (as at
  every restart of a service; Flyway validates the migrations and applies none), a fresh copy for every run.
  Without the cache: \`THERAPY_ASSIST_AOT=off\` (\`java -jar\` on the jar). With it: the extracted jar and the AOT cache
  made by \`bin/therapy-assist train\` ($aot_size).
- The runs took turns, the order rotating each round, on a machine whose 2 cores other builds and benchmarks were
  also using: the noise falls on all three alike, and the ratios matter more than the seconds.
- Where Therapy Assist's start-up time goes, from a JFR profile: [benchmark/startup-profile.md](benchmark/startup-profile.md).

| configuration | p50 s | min s | p50 ÷ PetClinic | min ÷ PetClinic | runs (ms) |
| --- | ---: | ---: | ---: | ---: | --- |
| Spring PetClinic | $(secs "$pc_p50") | $(secs "$pc_min") | 1.00 | 1.00 | ${times[petclinic]% } |
| Therapy Assist, no AOT cache | $(secs "$plain_p50") | $(secs "$plain_min") | $(ratio "$plain_p50" "$pc_p50") | $(ratio "$plain_min" "$pc_min") | ${times[ta-plain]% } |
| Therapy Assist, AOT cache | $(secs "$aot_p50") | $(secs "$aot_min") | $(ratio "$aot_p50" "$pc_p50") | $(ratio "$aot_min" "$pc_min") | ${times[ta-aot]% } |

$verdict
<!-- /startup -->
EOF
)

bench=$root/BENCHMARKS.md
# As the other harnesses do: the section's text in benchmark/startup.md (which benchmark/run.sh puts back when it
# rewrites BENCHMARKS.md), and the section between its markers in BENCHMARKS.md, replaced if there, else appended;
# nothing outside the markers changes.
python3 - "$bench" "$section" "$root/benchmark/startup.md" <<'PY'
import sys
path, section, own = sys.argv[1], sys.argv[2], sys.argv[3]
inner = section.split("\n", 1)[1].rsplit("\n", 1)[0]
open(own, "w", encoding="utf-8").write(inner + "\n")
text = open(path, encoding="utf-8").read()
start, end = "<!-- startup -->", "<!-- /startup -->"
if start in text and end in text:
    before = text[: text.index(start)]
    after = text[text.index(end) + len(end):]
    text = before + section + after
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w", encoding="utf-8").write(text)
PY
echo
echo "$section"
