package org.carepath.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, for the current request: subject, roles, tenant ({@code clinic_id}) and, for patient
 * tokens, {@code patient_id}. Read from the verified JWT; nothing here trusts a request header or body.
 */
@RequestScoped
public class CallerContext {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    // Read at most once per request: smallrye-jwt's getClaim throws and catches an exception for every custom claim
    // name, and the tenant, the audit and the resources each ask.
    private Optional<String> clinicId;
    private Optional<UUID> patientId;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public String subject() {
        return isAuthenticated() ? identity.getPrincipal().getName() : "anonymous";
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> clinicId() {
        if (clinicId == null) {
            clinicId = claim(Claims.CLINIC_ID);
        }
        return clinicId;
    }

    public Optional<UUID> patientId() {
        if (patientId == null) {
            patientId = claim(Claims.PATIENT_ID).map(UUID::fromString);
        }
        return patientId;
    }

    /** Roles joined for audit records, sorted so equal role sets read the same. */
    public String rolesForAudit() {
        return String.join(",", new java.util.TreeSet<>(roles()));
    }

    private Optional<String> claim(String name) {
        if (!isAuthenticated() || token == null || token.getRawToken() == null) {
            return Optional.empty();
        }
        String text = Claims.text(token, name);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
