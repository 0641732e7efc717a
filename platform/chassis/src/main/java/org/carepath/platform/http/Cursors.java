package org.carepath.platform.http;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

import org.carepath.platform.problem.ProblemException;

/**
 * Opaque list cursors over time-ordered ids: a page continues after the last id it returned, so paging
 * stays stable while rows are added, and no offset scan is needed.
 */
public final class Cursors {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private Cursors() {
    }

    public static String encode(UUID lastId) {
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(lastId.getMostSignificantBits())
                .putLong(lastId.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The id to continue after, or null for the first page; a cursor that is not ours is a 400. */
    public static UUID decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            if (bytes.length != 16) {
                throw new IllegalArgumentException();
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API returned");
        }
    }

    /** The page size to use: the default when absent, within 1 and {@link #MAX_LIMIT} or a 400. */
    public static int limit(String value) {
        Integer requested = QueryParams.integer("limit", value);
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return requested;
    }
}
