package org.carepath.platform.http;

import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: a resource's version is its {@code ETag}, and an update must send it
 * back in {@code If-Match} so that a client cannot overwrite a change it has not seen.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 428 without {@code If-Match} and 412 when it names another version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "if-match-required",
                    "Send the resource's ETag in If-Match to update it");
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(current) || tag.equals("*")) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED, "stale-version",
                "The resource has changed since it was read; fetch it again and retry");
    }
}
