package org.therapyassist.benchmark;

import java.util.Arrays;

/** Latencies of one measured operation; percentiles by nearest rank. */
final class Latencies {

    private long[] nanos = new long[1 << 16];
    private int count;
    private long errors;
    private long startNanos = Long.MAX_VALUE;
    private long endNanos;

    synchronized void add(long startedAt, long elapsed, boolean ok) {
        if (!ok) {
            errors++;
            return;
        }
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsed;
        startNanos = Math.min(startNanos, startedAt);
        endNanos = Math.max(endNanos, startedAt + elapsed);
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        double seconds = count == 0 ? 0 : (endNanos - startNanos) / 1e9;
        return new Summary(count, errors, pct(sorted, 50), pct(sorted, 99), count == 0 ? 0 : sorted[count - 1] / 1e6,
                seconds == 0 ? 0 : count / seconds);
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, rank)] / 1e6;
    }

    record Summary(long count, long errors, double p50Ms, double p99Ms, double maxMs, double perSecond) {
    }
}
