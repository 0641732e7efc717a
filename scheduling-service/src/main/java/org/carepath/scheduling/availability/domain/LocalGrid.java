package org.carepath.scheduling.availability.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The instants whose local time of day is a multiple of the step (09:00, 09:15, ...), so starts line up on the
 * clinic's clock rather than on UTC. Local times skipped by a spring-forward gap have no instant; those repeated by
 * a fall-back overlap have two.
 */
final class LocalGrid {

    private final ZoneRules rules;
    private final long stepSeconds;

    LocalGrid(ZoneId zone, long stepSeconds) {
        this.rules = zone.getRules();
        this.stepSeconds = stepSeconds;
    }

    /** The first grid instant at or after {@code from}. */
    Instant atOrAfter(Instant from) {
        Instant searchFrom = from;
        while (true) {
            // The step divides a day, so local seconds since the epoch on the grid are exactly the multiples of it.
            long offset = rules.getOffset(searchFrom).getTotalSeconds();
            long localSeconds = searchFrom.getEpochSecond() + offset + (searchFrom.getNano() > 0 ? 1 : 0);
            long aligned = Math.floorDiv(localSeconds + stepSeconds - 1, stepSeconds) * stepSeconds;
            Instant candidate = Instant.ofEpochSecond(aligned - offset);
            ZoneOffsetTransition transition = rules.nextTransition(searchFrom);
            if (transition == null || candidate.isBefore(transition.getInstant())) {
                return candidate;
            }
            searchFrom = transition.getInstant();
        }
    }
}
