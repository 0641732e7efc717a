package org.carepath.outcomes.session.domain;

/**
 * The concomitant-medication questions of the REMS form, each yes/no [S8][S9]. Opioids are asked by newer guidance
 * only; an exporter for an older form version leaves that answer out.
 */
public record ConcomitantMedications(boolean benzodiazepines, boolean nonBenzodiazepineSedativeHypnotics,
        boolean psychostimulants, boolean maois, boolean opioids) {
}
