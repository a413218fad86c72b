package org.therapyassist.platform;

import java.security.SecureRandom;
import java.util.UUID;

/** Time-ordered UUIDs (version 7): unique across nodes, and they keep index inserts near the end of the b-tree. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID newId() {
        return newId(System.currentTimeMillis());
    }

    public static UUID newId(long epochMillis) {
        long msb = (epochMillis & 0xFFFFFFFFFFFFL) << 16;
        msb |= 0x7000L | (RANDOM.nextInt() & 0x0FFF);
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
