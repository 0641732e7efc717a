package org.carepath.intake.eligibility.domain;

import java.math.BigDecimal;

/** Policy values as they read in explanations: 8 rather than 8.0, 8.5 as is. */
final class Wording {

    private Wording() {
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
