package org.carepath.intake.plan.domain;

/**
 * Where a treatment plan stands. A draft is approved, then activated by its first session and completed, or
 * discontinued at any point before completion. Only a draft's dosing may be edited: changing an approved or active
 * plan needs a new approval.
 */
public enum PlanStatus {
    DRAFT, APPROVED, ACTIVE, COMPLETED, DISCONTINUED;

    public boolean canBecome(PlanStatus next) {
        return switch (this) {
            case DRAFT -> next == APPROVED || next == DISCONTINUED;
            case APPROVED -> next == ACTIVE || next == DISCONTINUED;
            case ACTIVE -> next == COMPLETED || next == DISCONTINUED;
            case COMPLETED, DISCONTINUED -> false;
        };
    }

    public boolean isEditable() {
        return this == DRAFT;
    }

    public boolean isTerminal() {
        return this == COMPLETED || this == DISCONTINUED;
    }
}
