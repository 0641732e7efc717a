package org.carepath.scheduling.appointment.rest;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.platform.http.Page;
import org.carepath.scheduling.appointment.domain.AppointmentStatus;
import org.carepath.scheduling.appointment.persistence.Appointment;
import org.carepath.scheduling.clinic.service.ClinicService;
import org.carepath.scheduling.patient.persistence.SafetyAlert;

/** Renders appointments in the clinic's offset, marking future dosing held by an open safety alert. */
@ApplicationScoped
public class AppointmentViews {

    @Inject
    ClinicService clinics;

    public AppointmentView of(Appointment appointment) {
        ZoneId zone = appointment.placedInZone != null ? appointment.placedInZone : clinics.zone();
        return of(appointment, zone, new HashMap<>());
    }

    public Page<AppointmentView> page(List<Appointment> fetched, int limit) {
        ZoneId zone = clinics.zone();
        Map<UUID, Boolean> held = new HashMap<>();
        return Page.of(fetched, limit, a -> of(a, zone, held), AppointmentView::id);
    }

    public List<AppointmentView> all(List<Appointment> appointments) {
        ZoneId zone = clinics.zone();
        Map<UUID, Boolean> held = new HashMap<>();
        return appointments.stream().map(a -> of(a, zone, held)).toList();
    }

    private static AppointmentView of(Appointment a, ZoneId zone, Map<UUID, Boolean> held) {
        boolean upcomingDose = a.type.isDosing() && a.status == AppointmentStatus.BOOKED
                && a.endsAt.isAfter(OffsetDateTime.now());
        boolean hold = upcomingDose && held.computeIfAbsent(a.patientId, SafetyAlert::openFor);
        return AppointmentView.of(a, zone, hold);
    }
}
