package org.carepath.intake.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Draft, approved, active, completed; discontinued from any status before completion. */
class PlanStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "DRAFT, DRAFT, false", "DRAFT, APPROVED, true", "DRAFT, ACTIVE, false", "DRAFT, COMPLETED, false",
            "DRAFT, DISCONTINUED, true",
            "APPROVED, DRAFT, false", "APPROVED, APPROVED, false", "APPROVED, ACTIVE, true",
            "APPROVED, COMPLETED, false", "APPROVED, DISCONTINUED, true",
            "ACTIVE, DRAFT, false", "ACTIVE, APPROVED, false", "ACTIVE, ACTIVE, false", "ACTIVE, COMPLETED, true",
            "ACTIVE, DISCONTINUED, true",
            "COMPLETED, DRAFT, false", "COMPLETED, APPROVED, false", "COMPLETED, ACTIVE, false",
            "COMPLETED, COMPLETED, false", "COMPLETED, DISCONTINUED, false",
            "DISCONTINUED, DRAFT, false", "DISCONTINUED, APPROVED, false", "DISCONTINUED, ACTIVE, false",
            "DISCONTINUED, COMPLETED, false", "DISCONTINUED, DISCONTINUED, false"})
    void planMovesForwardOrIsDiscontinued(PlanStatus from, PlanStatus to, boolean allowed) {
        assertEquals(allowed, from.canBecome(to));
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void onlyADraftIsEditable(PlanStatus status) {
        assertEquals(status == PlanStatus.DRAFT, status.isEditable());
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void completedAndDiscontinuedAreTerminal(PlanStatus status) {
        boolean terminal = status == PlanStatus.COMPLETED || status == PlanStatus.DISCONTINUED;
        assertEquals(terminal, status.isTerminal());
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void terminalStatusesGoNowhere(PlanStatus status) {
        for (PlanStatus next : PlanStatus.values()) {
            if (status.isTerminal()) {
                assertEquals(false, status.canBecome(next));
            }
        }
    }
}
