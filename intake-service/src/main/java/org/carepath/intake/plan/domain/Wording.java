package org.carepath.intake.plan.domain;

import java.math.BigDecimal;

/** Policy values as they read in violation messages: 0.1 and 7 rather than 0.10 and 7.0. */
final class Wording {

    private Wording() {
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String sessionsPerWeek(int count) {
        return count == 1 ? "once a week" : count == 2 ? "twice a week" : count + " times a week";
    }
}
