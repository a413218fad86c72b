#!/usr/bin/env python3
"""Import benchmark driver: times the staff and patient imports through the HTTP API of a running Therapy Assist.

Started by benchmark/imports.sh, which starts the app (demo profile) on H2 and then on PostgreSQL. Generates an
ESR-shaped staff file and an EPR-shaped patient file (valid NHS numbers: Modulus 11 check digits), posts each as a
text/csv body as administrator admin.demo (HTTP Basic, demo profile), and times three runs of each from outside the
app's JVM: the first import (every row added), the same file again (every row unchanged) and the file with a tenth of
the rows changed (those updated). Each import is one request, so a run's figure is its wall time; per-request
percentiles would say nothing more. Appends one markdown table row per run to --report. Standard library only.
"""
import argparse
import base64
import http.client
import json
import random
import sys
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--database", required=True, help="what the app runs on, for the report")
    parser.add_argument("--staff", type=int, default=10_000)
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--report", required=True, help="markdown rows are appended here")
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
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
