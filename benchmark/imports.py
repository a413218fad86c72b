#!/usr/bin/env python3
"""Import benchmark driver: times the staff and patient imports through the HTTP API of a running Therapy Assist.

Started by benchmark/imports.sh, which starts the app (demo profile) on H2 and then on PostgreSQL. Generates an
ESR-shaped staff file and an EPR-shaped patient file (valid NHS numbers: Modulus 11 check digits), posts each as a
text/csv body as administrator admin.demo (HTTP Basic, demo profile), and times three runs of each from outside the
app's JVM: the first import (every row added), the same file again (every row unchanged) and the file with a tenth of
the rows changed (those updated). Each import is one request, so a run's figure is its wall time; per-request
percentiles would say nothing more. Appends one markdown table row per run to --report. Standard library only.

With --floor-db (PostgreSQL only), also times the bare floor for the same files on the same database: psql's \copy of
the first file into a scratch table with one text column per CSV column, no index, nothing checked or matched (the
plainest load there is, also from outside the app's JVM), median of three, and appends the ratio app ÷ floor of each
run to --ratios.
"""
import argparse
import base64
import http.client
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from urllib.parse import urlsplit

GIVEN = ["Ann", "Bob", "Cara", "Dev", "Eve", "Finn", "Gita", "Hal", "Ines", "Jo", "Kai", "Lea", "Mo", "Nia", "Oli"]
FAMILY = ["Jones", "Smith", "Patel", "O'Neill", "Evans", "Khan", "Wright", "Brown", "Taylor", "Hughes", "Ng", "Roberts"]
ROLES = ["Healthcare Assistant", "Support Worker", "Physiotherapist", "Occupational Therapist", "Therapy Assistant"]


def check_digit(nine):
    total = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    check = 11 - total % 11
    return 0 if check == 11 else (None if check == 10 else check)


def nhs_numbers(count, rng):
    """Distinct valid NHS numbers in the 600 000 000 range, which the demo data does not use."""
    seen, out = set(), []
    while len(out) < count:
        nine = str(rng.randrange(600_000_000, 700_000_000))
        check = check_digit(nine)
        if check is not None and nine not in seen:
            seen.add(nine)
            out.append(nine + str(check))
    return out


def patient_file(count, rng, changed=0.0):
    lines = ["NHS Number,Title,First Name,Last Name,Date of Birth,Gender,Address Line 1,Address Line 2,Postcode,"
             "Phone,GP Practice"]
    born = date(1930, 1, 1)
    for i, nhs in enumerate(nhs_numbers(count, random.Random(7))):
        street = i % 500 + (1000 if rng.random() < changed else 0)
        lines.append(f"{nhs},Mx,{GIVEN[i % len(GIVEN)]},\"{FAMILY[i % len(FAMILY)]}\","
                     f"{(born + timedelta(days=i % 30000)).strftime('%d/%m/%Y')},U,\"{street} High Street\","
                     f"Leeds,LS{i % 28 + 1} {i % 9 + 1}AB,0113 496 {i % 10000:04d},B86{i % 1000:03d}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def staff_file(count, rng, changed=0.0):
    lines = ["Assignment Number,First Name,Last Name,Job Role,Band,Team,Start Date,HCPC Number"]
    for i in range(count):
        role = ROLES[i % len(ROLES)]
        registered = role in ("Physiotherapist", "Occupational Therapist")
        hcpc = ("PH" if role == "Physiotherapist" else "OT") + f"{i:06d}" if registered else ""
        band = (6 if registered else 3) + (1 if rng.random() < changed else 0)
        lines.append(f"{70_000_000 + i},{GIVEN[i % len(GIVEN)]},\"{FAMILY[i % len(FAMILY)]}\",{role},Band {band},,"
                     f"{(date(2020, 1, 1) + timedelta(days=i % 2000)).strftime('%d/%m/%Y')},{hcpc}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def post(base, path, body, auth):
    url = urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=600)
    started = time.monotonic()
    conn.request("POST", path, body=body, headers={"Content-Type": "text/csv; charset=utf-8",
                                                    "Authorization": auth, "Accept": "application/json"})
    response = conn.getresponse()
    data = response.read()
    elapsed = time.monotonic() - started
    conn.close()
    return response.status, data, elapsed


def floor_seconds(db_url, body, table):
    """The median of three psql \\copy loads of body into a fresh scratch table, as psql's \\timing reports them."""
    header = body.split(b"\n", 1)[0].decode("utf-8").split(",")
    columns = ", ".join(f'"c{i}" text' for i in range(len(header)))
    with tempfile.NamedTemporaryFile(suffix=".csv") as csv:
        csv.write(body)
        csv.flush()
        times = []
        for _ in range(3):
            script = (f"drop table if exists {table};\ncreate table {table} ({columns});\n\\timing on\n"
                      f"\\copy {table} from '{csv.name}' with (format csv, header true)\n\\timing off\n"
                      f"drop table {table};\n")
            out = subprocess.run(["psql", db_url, "-v", "ON_ERROR_STOP=1", "-qX"], input=script, text=True,
                                 capture_output=True, check=True).stdout
            times.append(float(re.search(r"Time: ([0-9.]+) ms", out).group(1)) / 1000)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--database", required=True, help="what the app runs on, for the report")
    parser.add_argument("--staff", type=int, default=10_000)
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--report", required=True, help="markdown rows are appended here")
    parser.add_argument("--floor-db", help="PostgreSQL URL of the app's database: also time the bare floor there")
    parser.add_argument("--ratios", help="markdown rows app ÷ floor are appended here (with --floor-db)")
    args = parser.parse_args()
    auth = "Basic " + base64.b64encode(b"admin.demo:demo").decode()
    today = date.today().isoformat()
    failed = False
    runs = [
        ("Staff (ESR)", "/api/v1/admin/staff/import", staff_file, args.staff, "staff"),
        ("Patients (EPR)", f"/api/v1/admin/patients/import?extractedOn={today}", patient_file, args.patients,
         "patients"),
    ]
    with open(args.report, "a", encoding="utf-8") as report:
        for name, path, make, count, noun in runs:
            timed = []
            for label, changed in (("first import", 0.0), ("same file again", 0.0), ("a tenth changed", 0.1)):
                body = make(count, random.Random(11 if changed else 3), changed)
                status, data, elapsed = post(args.base_url, path, body, auth)
                if status != 200:
                    failed = True
                    print(f"{name} {label}: HTTP {status} {data[:300]!r}", file=sys.stderr)
                    continue
                result = json.loads(data)
                outcome = (f"{result['added']:,} added, {result['updated']:,} updated, "
                           f"{result.get('unchanged', 0):,} unchanged, {result['refused']:,} refused")
                line = (f"| {name} | {args.database} | {label} | {count:,} {noun} ({len(body) / 1e6:.1f} MB) | "
                        f"{outcome} | {elapsed:.1f} | {count / elapsed:,.0f} |")
                print(line)
                report.write(line + "\n")
                report.flush()
                timed.append((label, elapsed))
            if args.floor_db:
                body = make(count, random.Random(3), 0.0)
                floor = floor_seconds(args.floor_db, body, f"import_floor_{noun}")
                line = (f"| {name} | {args.database} | floor: psql \\copy into a scratch table | {count:,} {noun} "
                        f"({len(body) / 1e6:.1f} MB) | {count:,} rows loaded as text, nothing checked or matched | "
                        f"{floor:.3f} | {count / floor:,.0f} |")
                print(line)
                report.write(line + "\n")
                with open(args.ratios, "a", encoding="utf-8") as ratios:
                    for label, elapsed in timed:
                        ratios.write(f"| {name} | {args.database} | {label} | {elapsed:.1f} | {floor:.3f} | "
                                     f"{elapsed / floor:,.0f}× |\n")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
