package org.carepath.outcomes.session.domain;

/** Whether sedation, dissociation or respiratory depression occurred in the session, as the REMS form asks [S8][S9]. */
public record SessionEffects(boolean sedation, boolean dissociation, boolean respiratoryDepression) {
}
