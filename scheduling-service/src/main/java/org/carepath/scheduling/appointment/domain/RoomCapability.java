package org.carepath.scheduling.appointment.domain;

/** What a room or chair is equipped for; a room may have several. */
public enum RoomCapability {
    /** A monitored chair with an infusion pump, used for IV and IM dosing. */
    INFUSION_CHAIR,
    /** A reclined, monitored chair with pulse oximetry for esketamine self-administration [S6][S11]. */
    INTRANASAL_DOSING_CHAIR,
    /** A quiet room for therapy, integration and oral/sublingual KAP sessions [S48]. */
    THERAPY_ROOM,
    /** An office for consultations, screening and follow-up. */
    CONSULTATION_ROOM
}
