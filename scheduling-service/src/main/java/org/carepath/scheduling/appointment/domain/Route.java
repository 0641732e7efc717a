package org.carepath.scheduling.appointment.domain;

/** Dosing routes, named as intake names them in its eligibility and plan events. */
public enum Route {
    ESKETAMINE_INTRANASAL,
    IV,
    IM,
    ORAL
}
