package org.carepath.outcomes.session.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

/** Something observed during a session that staff must act on; {@code reasonCode} is a stable kebab-case code. */
public record SafetySignal(SignalLevel level, String reasonCode) {

    public SafetySignal {
        required(level, "level");
        check(reasonCode != null && reasonCode.matches("[a-z0-9]+(-[a-z0-9]+)*"), "reasonCode must be kebab-case");
    }
}
