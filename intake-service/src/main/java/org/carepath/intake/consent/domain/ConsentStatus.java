package org.carepath.intake.consent.domain;

/** A consent is in force until the patient withdraws it; a withdrawal is final (a new consent is a new record). */
public enum ConsentStatus {
    ACTIVE, WITHDRAWN
}
