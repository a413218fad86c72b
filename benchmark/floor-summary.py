"""Summarises pgbench's per-transaction logs (-l) in the form the wrk scripts print, so both sides read alike.

Each log line: client, transaction number, latency in microseconds, script number, epoch seconds, microseconds.
Reads the logs on standard input; the first argument is the run's length in seconds, the second pgbench's own report
(for the failed-transaction count it prints)."""
import re
import sys

latencies = []
for line in sys.stdin:
    parts = line.split()
    if len(parts) >= 3 and parts[2].isdigit():
        latencies.append(int(parts[2]) / 1000.0)
latencies.sort()
seconds = float(sys.argv[1])
failed = 0
with open(sys.argv[2]) as report:
    text = report.read()
    match = re.search(r"number of failed transactions: (\d+)", text)
    if match:
        failed = int(match.group(1))
    if "aborted" in text and re.search(r"client \d+ aborted", text):
        failed += len(re.findall(r"client \d+ aborted", text))


def percentile(p):
    if not latencies:
        return 0.0
    return latencies[min(len(latencies) - 1, int(round(p / 100.0 * len(latencies) + 0.5)) - 1)]


print("requests=%d ok=%d errors=%d completed=0 seconds=%.3f p50=%.3f p99=%.3f max=%.3f" % (
    len(latencies), len(latencies), failed, seconds, percentile(50), percentile(99),
    latencies[-1] if latencies else 0.0))
