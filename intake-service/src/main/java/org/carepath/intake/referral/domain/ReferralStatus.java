package org.carepath.intake.referral.domain;

/** A referral is triaged once: from received to accepted or declined, never back. */
public enum ReferralStatus {
    RECEIVED, ACCEPTED, DECLINED;

    public boolean canBecome(ReferralStatus next) {
        return this == RECEIVED && (next == ACCEPTED || next == DECLINED);
    }
}
