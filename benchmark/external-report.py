"""Writes the "external" section of BENCHMARKS.md from the external harness's results (benchmark/external.sh).

Arguments: the results file, the java the app ran on, the seconds each measurement lasted."""
import datetime
import os
import re
import subprocess
import sys

results_file, java, seconds = sys.argv[1], sys.argv[2], sys.argv[3]

NAMES = {
    "my-day": "My day (GET /api/v1/my-day)",
    "patient": "Patient (GET /api/v1/patients/{id})",
    "inbox": "Inbox (GET /api/v1/inbox)",
    "record-sign": "Record and sign a session (POST …/session-records, then …/{id}/sign)",
    "fhir-patient": "FHIR Patient read (GET /fhir/Patient/{id})",
    "fhir-observations": "FHIR Observation search (GET /fhir/Observation?patient=)",
}


def parse(kv):
    return {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", kv)}


runs, data = [], {}
with open(results_file) as f:
    for line in f:
        parts = line.rstrip("\n").split("\t")
        if parts[0] == "data":
            data[int(parts[1])] = (parts[2], parts[3])
        elif len(parts) == 5:
            runs.append((int(parts[0]), parts[1], int(parts[2]), parse(parts[3]), parse(parts[4])))


def run(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, shell=True).stdout.strip()
    except OSError:
        return "unknown"


cpu = run("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
cores = os.cpu_count()
memory = int(run("awk '/MemTotal/ {print $2}' /proc/meminfo") or 0) // 1024 // 1024
jdk = run(java + " -version 2>&1 | head -n 2 | tail -n 1")
pg = run("psql --version")
wrk = run("wrk -v 2>&1 | head -n 1")
today = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()


def ms(x):
    return "%.1f" % x if x < 100 else "%.0f" % x


def per_second(r, seconds_run):
    return r["requests"] / max(seconds_run, 0.001)


out = ["<!-- external -->", "## From outside: the jar under load beside its SQL floor (issue 16)", ""]
out.append("Written by `bash benchmark/external.sh`. Last run: %s. The application is the built jar started as a "
           "service starts it (`java -jar`, profile `postgres`, the application's own login, no demo data); the load "
           "comes from wrk in a process of its own; the floor is pgbench running hand-written SQL for the same rows "
           "(`benchmark/floor/`) at the same concurrency, from outside too. Both read the same people from the table "
           "`bench_people` (support workers with a delegation open today, the registrant who delegated it, the "
           "patient), each request the next person in the list, so the load comes from many sign-ins (each with "
           "its own bcrypt hash, paid once in the warm-up and then every five minutes)." % today)
out.append("")
out.append("- Machine: %s, %d cores, %d GiB; app, load and PostgreSQL share the cores (loopback)." % (cpu, cores, memory))
out.append("- %s; %s (Debian's defaults); %s; pgbench from PostgreSQL." % (jdk, pg, wrk))
out.append("- Each measurement %s s after a 10 s warm-up; wrk with 2 threads; pgbench `-M prepared -j 2`." % seconds)
out.append("")
out.append("| patients | session records | staff | database | people signing in |")
out.append("| ---: | ---: | ---: | ---: | ---: |")
for scale in sorted(data):
    count, sizes = data[scale]
    p, s, staff, size = (sizes.split(" ", 3) + ["", "", "", ""])[:4]
    out.append("| %s | %s | %s | %s | %s |" % (format(int(p), ","), format(int(s), ","), format(int(staff), ","),
                                               size, count))
out.append("")
out.append("Latencies in ms. \"per s\" is requests a second (pgbench: transactions); for record and sign the app's "
           "figure is signed records a second (each needs two requests) and the floor's is pairs of transactions "
           "(record, sign) a second. Ratios are app ÷ floor.")
out.append("")
out.append("| patients | operation | conns | app p50 | app p99 | app per s | errors | floor p50 | floor p99 | floor per s "
           "| p50 × | p99 × |")
out.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
index = {}
for scale, op, c, app, sql in runs:
    index[(scale, op, c)] = (app, sql)
    app_rate = app["completed"] / app["seconds"] if op == "record-sign" else per_second(app, app["seconds"])
    sql_rate = per_second(sql, sql["seconds"]) / (2 if op == "record-sign" else 1)
    errors = int(app["errors"] + (app["requests"] - app["ok"]))
    out.append("| %s | %s | %d | %s | %s | %.0f | %d | %s | %s | %.0f | %.1f | %.1f |" % (
        format(scale, ","), NAMES.get(op, op), c, ms(app["p50"]), ms(app["p99"]), app_rate, errors,
        ms(sql["p50"]), ms(sql["p99"]), sql_rate, app["p50"] / max(sql["p50"], 0.001),
        app["p99"] / max(sql["p99"], 0.001)))
out.append("")

goals = []


def goal(text, figure, aim, met):
    goals.append("| %s | %s | %s | %s |" % (text, figure, aim, "yes" if met else "**no**"))


for c in (16, 64):
    hit = index.get((100000, "my-day", c))
    if hit:
        ratio = hit[0]["p99"] / max(hit[1]["p99"], 0.001)
        goal("My day p99 ÷ floor p99, 100,000 patients, %d connections" % c, "%.1f×" % ratio, "≤ 2×", ratio <= 2)
for c in (16, 64):
    hit = index.get((100000, "record-sign", c))
    if hit:
        rate = hit[0]["completed"] / hit[0]["seconds"]
        goal("Records recorded and signed a second, 100,000 patients, %d connections" % c, "%.0f" % rate, "≥ 500",
             rate >= 500)
        ratio = hit[0]["p99"] / max(hit[1]["p99"], 0.001)
        goal("Record or sign p99 ÷ floor p99 (the same rows bare), %d connections" % c, "%.1f×" % ratio, "≤ 2×",
             ratio <= 2)
small, large = index.get((10000, "my-day", 16)), index.get((1000000, "my-day", 16))
if small and large:
    ratio = large[0]["p50"] / max(small[0]["p50"], 0.001)
    goal("My day p50 at 1,000,000 patients ÷ at 10,000 (16 connections)", "%.2f" % ratio, "≤ 1.3", ratio <= 1.3)
if goals:
    out += ["| goal | figure | aim | met? |", "| --- | ---: | --- | --- |"] + goals + [""]
# What was found and changed, written by hand beside the script, kept when the figures are rewritten.
if os.path.exists("benchmark/external-findings.md"):
    out += open("benchmark/external-findings.md").read().rstrip("\n").split("\n") + [""]
out.append("<!-- /external -->")

# Like the other harnesses, the section is also kept in benchmark/<name>.md, for benchmark/run.sh to keep when it
# rewrites the file.
open("benchmark/external.md", "w").write("\n".join(out[1:-1]) + "\n")
text = open("BENCHMARKS.md").read() if os.path.exists("BENCHMARKS.md") else "# Benchmarks\n"
section = "\n".join(out)
if "<!-- external -->" in text:
    text = re.sub(r"<!-- external -->.*?<!-- /external -->", lambda m: section, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open("BENCHMARKS.md", "w").write(text)
print(section)
