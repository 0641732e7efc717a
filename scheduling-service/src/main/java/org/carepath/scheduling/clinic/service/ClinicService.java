package org.carepath.scheduling.clinic.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.carepath.platform.http.ETags;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.policy.ClinicPolicies;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CallerContext;
import org.carepath.scheduling.appointment.domain.Route;
import org.carepath.scheduling.availability.domain.DailyHours;
import org.carepath.scheduling.clinic.persistence.Clinic;
import org.carepath.scheduling.clinic.persistence.ClinicClosure;

/** A clinic's own settings and closures. A clinic sees only itself: any other clinic id answers 404. */
@ApplicationScoped
public class ClinicService {

    /** What a clinic states about itself; opening hours already checked. */
    public record ClinicSettings(String name, String timeZone, List<DailyHours> openingHours, List<Route> routesOffered,
            boolean remsCertified, String remsSettingId, Map<String, Object> policyOverrides) {
    }

    @Inject
    CallerContext caller;

    @Inject
    SchedulingPolicies policies;

    public Clinic get(String clinicId) {
        requireOwn(clinicId);
        return Clinic.current().orElseThrow(() -> ProblemException.notFound("Clinic"));
    }

    /** The caller's clinic, which must be set up before anything can be booked. */
    public Clinic required() {
        return Clinic.current().orElseThrow(ClinicService::notConfigured);
    }

    /**
     * The caller's clinic's time zone, read alone: rendering appointments needs nothing else of the clinic, and
     * loading the whole entity would parse (and snapshot) its JSON columns on every list.
     */
    public ZoneId zone() {
        return Clinic.getEntityManager().createQuery("select c.timeZone from Clinic c", String.class)
                .getResultStream().findFirst().map(ZoneId::of).orElseThrow(ClinicService::notConfigured);
    }

    static ProblemException notConfigured() {
        return ProblemException.conflict("clinic-not-configured",
                "Set up the clinic (time zone, opening hours, routes) with PUT /v1/clinics/{clinicId} first");
    }

    /** Creates the clinic's settings, or replaces them when If-Match names the current version. */
    @Transactional
    public Clinic put(String clinicId, String ifMatch, ClinicSettings settings) {
        requireOwn(clinicId);
        ZoneId zone = zone(settings.timeZone());
        Map<String, Object> overrides = settings.policyOverrides() == null ? Map.of() : settings.policyOverrides();
        try {
            ClinicPolicies.withOverrides(policies.configured(clinicId), overrides);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("policyOverrides", e.getMessage());
        }
        Clinic clinic = Clinic.current().orElse(null);
        boolean isNew = clinic == null;
        if (isNew) {
            clinic = new Clinic();
            clinic.id = Ids.newId();
        } else {
            ETags.requireMatch(ifMatch, clinic.version);
        }
        clinic.name = settings.name();
        clinic.timeZone = zone.getId();
        clinic.openingHours = settings.openingHours();
        clinic.routesOffered = List.copyOf(new LinkedHashSet<>(settings.routesOffered()));
        clinic.remsCertified = settings.remsCertified();
        clinic.remsSettingId = settings.remsSettingId();
        clinic.policyOverrides = overrides;
        clinic.updatedAt = OffsetDateTime.now();
        if (isNew) {
            clinic.persist();
        }
        clinic.flush();
        return clinic;
    }

    @Transactional
    public ClinicClosure close(String clinicId, OffsetDateTime start, OffsetDateTime end, String reason) {
        get(clinicId);
        requireOrdered(start, end);
        ClinicClosure closure = new ClinicClosure();
        closure.span(start, end, reason);
        closure.persist();
        return closure;
    }

    public List<ClinicClosure> closures(String clinicId, Instant from, Instant to) {
        get(clinicId);
        return ClinicClosure.overlapping(from, to);
    }

    /** A period's end must come after its start; checked before anything is written. */
    public static void requireOrdered(OffsetDateTime start, OffsetDateTime end) {
        if (!end.isAfter(start)) {
            throw ProblemException.invalidField("end", "must be after start");
        }
    }

    private void requireOwn(String clinicId) {
        if (!caller.clinicId().map(clinicId::equals).orElse(false)) {
            throw ProblemException.notFound("Clinic");
        }
    }

    private static ZoneId zone(String timeZone) {
        if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw ProblemException.invalidField("timeZone", "must be an IANA time zone such as America/New_York");
        }
        return ZoneId.of(timeZone);
    }
}
