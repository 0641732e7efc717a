package org.carepath.scheduling.clinic.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.tenancy.Tenancy;
import org.carepath.scheduling.appointment.domain.ProviderRole;
import org.carepath.scheduling.appointment.domain.RoomCapability;
import org.carepath.scheduling.appointment.domain.Route;
import org.carepath.scheduling.availability.domain.DailyHours;
import org.carepath.scheduling.availability.domain.Interval;
import org.carepath.scheduling.availability.domain.WeeklyHours;
import org.carepath.scheduling.clinic.service.ClinicSetup.ProviderProfile;
import org.carepath.scheduling.clinic.service.ClinicSetup.RoomProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Each clinic's setup, kept in memory between requests. It is correct across replicas sharing one database because
 * nothing here is ever told of a change: every use reads the clinic's {@code reference_version}, which triggers move
 * in the transaction of any change to the clinic, its providers, rooms, closures or leave (V5 migration), and a setup
 * kept at another version is loaded again. The version is read before the setup's rows, so a setup never holds
 * older rows than its version says. At most {@code capacity} clinics are kept, the least recently used leaving first.
 */
@ApplicationScoped
public class ClinicSetups {

    /**
     * The booking's per-patient lock and the clinic's version in one round trip. Native, so the clinic is named here:
     * the tenant filter applies to entity queries only.
     */
    private static final String LOCK_PATIENT = "select c.reference_version from patient_reference p"
            + " join clinic c on c.clinic_id = p.clinic_id where p.clinic_id = ?1 and p.patient_id = ?2"
            + " for no key update of p";

    private static final String VERSION = "select reference_version from clinic where clinic_id = ?1";

    @Inject
    EntityManager em;

    @Inject
    SchedulingPolicies policies;

    @ConfigProperty(name = "carepath.scheduling.clinic-setups.capacity", defaultValue = "1000")
    int capacity;

    private Map<String, ClinicSetup> kept;

    @PostConstruct
    void keep() {
        kept = Collections.synchronizedMap(new LinkedHashMap<String, ClinicSetup>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ClinicSetup> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The caller's clinic's setup: 409 clinic-not-configured until the clinic is set up. */
    public ClinicSetup current() {
        String clinicId = clinicId();
        return at(clinicId, version(clinicId));
    }

    /**
     * Locks the patient's row for the rest of the transaction (one booking of a patient at a time, so the dosing
     * frequency checks see every other booking) and returns the clinic's setup. 400 for a patient the clinic does not
     * know, 409 clinic-not-configured before anything else.
     */
    public ClinicSetup lockingPatient(UUID patientId) {
        String clinicId = clinicId();
        List<?> version = em.createNativeQuery(LOCK_PATIENT).setParameter(1, clinicId).setParameter(2, patientId)
                .getResultList();
        if (version.isEmpty()) {
            version(clinicId);
            throw ProblemException.invalidField("patientId", "is not a registered patient of this clinic");
        }
        return at(clinicId, ((Number) version.get(0)).longValue());
    }

    private long version(String clinicId) {
        List<?> version = em.createNativeQuery(VERSION).setParameter(1, clinicId).getResultList();
        if (version.isEmpty()) {
            throw ClinicService.notConfigured();
        }
        return ((Number) version.get(0)).longValue();
    }

    private ClinicSetup at(String clinicId, long version) {
        ClinicSetup setup = kept.get(clinicId);
        if (setup != null && setup.version() == version) {
            return setup;
        }
        ClinicSetup loaded = load();
        // Two requests may load at once; the newer version stays.
        kept.merge(clinicId, loaded, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        return loaded;
    }

    /**
     * Reads the setup as projections, not entities: a projection always comes from the database (an entity already in
     * this session would come back as the session first read it), and leaves nothing to snapshot or check at flush.
     * The clinic's row comes first: its version labels the setup, and the later statements see that version's rows
     * or newer ones.
     */
    @SuppressWarnings("unchecked")
    private ClinicSetup load() {
        List<Object[]> clinics = em.createQuery("select c.clinicId, c.referenceVersion, c.timeZone, c.openingHours,"
                + " c.routesOffered, c.remsCertified, c.policyOverrides from Clinic c", Object[].class).getResultList();
        if (clinics.isEmpty()) {
            throw ClinicService.notConfigured();
        }
        Object[] clinic = clinics.get(0);
        Map<UUID, ProviderProfile> providers = new HashMap<>();
        for (Object[] p : em.createQuery("select p.id, p.active, p.roles, p.dutyHours from Provider p", Object[].class)
                .getResultList()) {
            providers.put((UUID) p[0], new ProviderProfile((UUID) p[0], (Boolean) p[1],
                    List.copyOf((List<ProviderRole>) p[2]), new WeeklyHours((List<DailyHours>) p[3])));
        }
        Map<UUID, RoomProfile> rooms = new HashMap<>();
        for (Object[] r : em.createQuery("select r.id, r.active, r.capabilities from Room r", Object[].class)
                .getResultList()) {
            rooms.put((UUID) r[0], new RoomProfile((UUID) r[0], (Boolean) r[1], List.copyOf((List<RoomCapability>) r[2])));
        }
        Instant periodsFrom = Instant.now();
        OffsetDateTime from = OffsetDateTime.ofInstant(periodsFrom, ZoneOffset.UTC);
        List<Interval> closures = em.createQuery("select c.startsAt, c.endsAt from ClinicClosure c where c.endsAt > ?1"
                + " order by c.startsAt", Object[].class).setParameter(1, from).getResultList().stream()
                .map(c -> interval(c[0], c[1])).toList();
        Map<UUID, List<Interval>> leave = new HashMap<>();
        for (Object[] l : em.createQuery("select l.providerId, l.startsAt, l.endsAt from ProviderLeave l"
                + " where l.endsAt > ?1 order by l.startsAt", Object[].class).setParameter(1, from).getResultList()) {
            leave.computeIfAbsent((UUID) l[0], id -> new ArrayList<>()).add(interval(l[1], l[2]));
        }
        leave.replaceAll((id, periods) -> List.copyOf(periods));
        String clinicId = (String) clinic[0];
        return new ClinicSetup(clinicId, (Long) clinic[1], ZoneId.of((String) clinic[2]),
                new WeeklyHours((List<DailyHours>) clinic[3]), (List<Route>) clinic[4], (Boolean) clinic[5],
                policies.of(clinicId, (Map<String, Object>) clinic[6]), providers, rooms, periodsFrom, closures, leave);
    }

    private static Interval interval(Object start, Object end) {
        return new Interval(((OffsetDateTime) start).toInstant(), ((OffsetDateTime) end).toInstant());
    }

    /** The session's clinic, which the tenant filter would apply; none matches no clinic row. */
    private String clinicId() {
        Object tenant = em.unwrap(Session.class).getTenantIdentifierValue();
        return tenant == null ? Tenancy.NO_TENANT : tenant.toString();
    }
}
