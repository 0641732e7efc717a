package org.carepath.outcomes.session.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

import java.util.UUID;

/** A prescriber's documented decision to dose despite a hold (rule 5): who decided, and why. */
public record PrescriberOverride(UUID prescriberId, String reason) {

    public PrescriberOverride {
        required(prescriberId, "prescriberId");
        check(reason != null && !reason.isBlank(), "override reason is required");
    }
}
