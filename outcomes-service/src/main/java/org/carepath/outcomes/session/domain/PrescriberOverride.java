package org.carepath.outcomes.session.domain;

import static org.carepath.platform.domain.Checks.check;

/**
 * A prescriber's documented decision to dose despite a hold (rule 5): who decided, and why.
 *
 * @param prescriber the subject of the prescriber's token
 */
public record PrescriberOverride(String prescriber, String reason) {

    public PrescriberOverride {
        check(prescriber != null && !prescriber.isBlank(), "override prescriber is required");
        check(reason != null && !reason.isBlank(), "override reason is required");
    }
}
