package org.carepath.scheduling.provider.rest;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.carepath.platform.audit.AuditAction;
import org.carepath.platform.audit.Audited;
import org.carepath.platform.http.Cursors;
import org.carepath.platform.http.ETags;
import org.carepath.platform.http.Page;
import org.carepath.platform.security.Roles;
import org.carepath.scheduling.appointment.rest.AppointmentResource;
import org.carepath.scheduling.appointment.rest.AppointmentView;
import org.carepath.scheduling.appointment.rest.AppointmentViews;
import org.carepath.scheduling.appointment.service.AppointmentQueries;
import org.carepath.scheduling.appointment.service.AppointmentQueries.Scope;
import org.carepath.scheduling.availability.rest.PeriodRequest;
import org.carepath.scheduling.availability.rest.PeriodView;
import org.carepath.scheduling.availability.rest.TimeRange;
import org.carepath.scheduling.clinic.service.ClinicService;
import org.carepath.scheduling.provider.persistence.Provider;
import org.carepath.scheduling.provider.persistence.ProviderLeave;
import org.carepath.scheduling.provider.service.ProviderService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Providers")
public class ProviderResource {

    @Inject
    ProviderService providers;

    @Inject
    ClinicService clinics;

    @Inject
    AppointmentQueries queries;

    @Inject
    AppointmentViews views;

    @POST
    @Audited(resource = "Provider", action = AuditAction.CREATE)
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.ADMIN })
    @Operation(summary = "Add a provider", description = "Roles (PRESCRIBER, MONITORING_CLINICIAN, THERAPIST) and weekly"
            + " duty hours in the clinic's time zone.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProviderView.class)))
    public Response create(@NotNull @Valid ProviderRequest request) {
        Provider provider = providers.create(request.toDetails());
        return Response.created(URI.create("/v1/providers/" + provider.id)).header(HttpHeaders.ETAG,
                ETags.of(provider.version)).entity(ProviderView.of(provider)).build();
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "The clinic's providers, in id order, paged")
    public Page<ProviderView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        int pageSize = Cursors.limit(limit);
        return Page.of(providers.list(Cursors.decode(cursor), pageSize), pageSize, ProviderView::of, ProviderView::id);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "Read a provider")
    public Response get(@PathParam("id") UUID id) {
        Provider provider = providers.get(id);
        return Response.ok(ProviderView.of(provider)).header(HttpHeaders.ETAG, ETags.of(provider.version)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.ADMIN })
    @Operation(summary = "Change a provider's roles, duty hours or active flag", description = "Send the ETag as"
            + " If-Match. Appointments already booked stay; search and booking use the new hours.")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ProviderRequest request) {
        Provider provider = providers.update(id, ifMatch, request.toDetails());
        return Response.ok(ProviderView.of(provider)).header(HttpHeaders.ETAG, ETags.of(provider.version)).build();
    }

    @POST
    @Audited(resource = "Provider", action = AuditAction.UPDATE)
    @Path("{id}/leave")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.ADMIN })
    @Operation(summary = "Record leave", description = "The provider is not offered or bookable during it. Appointments"
            + " already booked in it show in the provider's schedule for rebooking.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodView.class)))
    public Response addLeave(@PathParam("id") UUID id, @NotNull @Valid PeriodRequest request) {
        ProviderLeave leave = providers.addLeave(id, request.start(), request.end(), request.reason());
        return Response.created(URI.create("/v1/providers/" + id + "/leave/" + leave.id))
                .entity(PeriodView.of(leave.id, id, leave.startsAt, leave.endsAt, leave.reason, zone())).build();
    }

    @GET
    @Path("{id}/leave")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "A provider's leave overlapping a window", description = "from/to with offset; default next 90 days.")
    public List<PeriodView> leave(@PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to) {
        TimeRange range = TimeRange.parse(from, to, 366);
        ZoneId zone = zone();
        return providers.leave(id, range.start(), range.end()).stream()
                .map(l -> PeriodView.of(l.id, id, l.startsAt, l.endsAt, l.reason, zone)).toList();
    }

    @GET
    @Path("{id}/schedule")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Audited(resource = "Appointment", action = AuditAction.LIST)
    @Operation(summary = "A provider's appointments in start order", description = "from/to with offset (default the"
            + " next 90 days), optional status filters, paged.")
    public Page<AppointmentView> schedule(@PathParam("id") UUID id, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("status") List<String> statuses,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        providers.get(id);
        TimeRange range = TimeRange.parse(from, to, 366);
        int pageSize = Cursors.limit(limit);
        return views.page(queries.list(Scope.provider(id), range.start(), range.end(),
                AppointmentResource.statuses(statuses), cursor, pageSize), pageSize);
    }

    private ZoneId zone() {
        return clinics.required().zone();
    }
}
