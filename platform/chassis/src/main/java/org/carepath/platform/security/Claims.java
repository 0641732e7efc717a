package org.carepath.platform.security;

import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Custom JWT claims CarePath reads besides the standard ones. */
public final class Claims {

    /** The tenant: the clinic a staff token acts for, or the clinic a patient belongs to. */
    public static final String CLINIC_ID = "clinic_id";
    /** The patient a patient-app token belongs to. */
    public static final String PATIENT_ID = "patient_id";

    private Claims() {
    }

    /** A claim's value as text, or null when the token has none: smallrye-jwt gives custom claims as JSON values. */
    public static String text(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return null;
        }
        return value instanceof JsonString json ? json.getString() : value.toString();
    }
}
