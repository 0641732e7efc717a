package org.carepath.platform.ids;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered identifiers (UUID version 7, RFC 9562): they sort by creation time, which keeps B-tree
 * inserts local and gives lists a stable default order, while 74 random bits keep them unguessable.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID newId() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
