package org.carepath.outcomes.session.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Picks the readings the monitoring rules name out of a session's vitals, so that discharge and the REMS form agree
 * on which reading is "pre-dose", "about 40 minutes" and "before discharge".
 */
final class Readings {

    private Readings() {
    }

    /** The latest reading at or before the start of administration. */
    static Optional<Vitals> preDose(List<Vitals> vitals, Instant administrationStart, Predicate<Vitals> measured) {
        return vitals.stream().filter(measured).filter(v -> !v.takenAt().isAfter(administrationStart))
                .max(Comparator.comparing(Vitals::takenAt));
    }

    /** The BP reading closest to the post-dose mark within its tolerance, the earlier one on a tie. */
    static Optional<Vitals> postDoseBp(List<Vitals> vitals, Instant administrationStart, SessionPolicy policy) {
        Instant target = administrationStart.plus(Duration.ofMinutes(policy.postDoseBpMinutes()));
        Duration tolerance = Duration.ofMinutes(policy.postDoseBpToleranceMinutes());
        return vitals.stream().filter(Vitals::hasBloodPressure)
                .filter(v -> Duration.between(target, v.takenAt()).abs().compareTo(tolerance) <= 0)
                .min(Comparator.comparing((Vitals v) -> Duration.between(target, v.takenAt()).abs())
                        .thenComparing(Vitals::takenAt));
    }

    /**
     * The latest reading after {@code after} and within the window that closes at {@code end}
     * (both ends inclusive).
     */
    static Optional<Vitals> preDischarge(List<Vitals> vitals, Instant after, Instant end, SessionPolicy policy,
            Predicate<Vitals> measured) {
        Instant windowStart = end.minus(Duration.ofMinutes(policy.preDischargeVitalsWindowMinutes()));
        return vitals.stream().filter(measured).filter(v -> v.takenAt().isAfter(after))
                .filter(v -> !v.takenAt().isBefore(windowStart) && !v.takenAt().isAfter(end))
                .max(Comparator.comparing(Vitals::takenAt));
    }
}
