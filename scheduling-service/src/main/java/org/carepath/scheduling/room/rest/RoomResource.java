package org.carepath.scheduling.room.rest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.transaction.Transactional;
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
import org.carepath.platform.audit.HasId;
import org.carepath.platform.http.Cursors;
import org.carepath.platform.http.ETags;
import org.carepath.platform.http.Page;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.Roles;
import org.carepath.scheduling.appointment.domain.RoomCapability;
import org.carepath.scheduling.room.persistence.Room;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rooms and chairs: a thin resource, the entity is the whole model. */
@Path("/v1/rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rooms")
public class RoomResource {

    @Schema(name = "RoomDetails")
    public record RoomRequest(@NotBlank @Size(max = 100) @Schema(examples = "Chair 1") String name,
            @NotEmpty @Size(max = 4) @Schema(examples = "[\"INTRANASAL_DOSING_CHAIR\"]") List<@NotNull RoomCapability> capabilities,
            @Schema(description = "Inactive rooms are not offered or bookable; default true") Boolean active) {
    }

    @Schema(name = "Room")
    public record RoomView(UUID id, String name, List<RoomCapability> capabilities, boolean active, long version,
            OffsetDateTime createdAt) implements HasId {

        static RoomView of(Room room) {
            return new RoomView(room.id, room.name, room.capabilities, room.active, room.version, room.createdAt);
        }
    }

    @POST
    @Audited(resource = "Room", action = AuditAction.CREATE)
    @Transactional
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.ADMIN })
    @Operation(summary = "Add a room or chair with its capabilities")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoomView.class)))
    public Response create(@NotNull @Valid RoomRequest request) {
        Room room = new Room();
        room.id = Ids.newId();
        room.createdAt = OffsetDateTime.now();
        apply(room, request);
        room.persistAndFlush();
        return Response.created(URI.create("/v1/rooms/" + room.id)).header(HttpHeaders.ETAG, ETags.of(room.version))
                .entity(RoomView.of(room)).build();
    }

    @GET
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "The clinic's rooms, in id order, paged")
    public Page<RoomView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        int pageSize = Cursors.limit(limit);
        UUID after = Cursors.decode(cursor);
        List<Room> rooms = after == null ? Room.<Room>find("order by id").page(0, pageSize + 1).list()
                : Room.<Room>find("id > ?1 order by id", after).page(0, pageSize + 1).list();
        return Page.of(rooms, pageSize, RoomView::of, RoomView::id);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "Read a room")
    public Response get(@PathParam("id") UUID id) {
        Room room = find(id);
        return Response.ok(RoomView.of(room)).header(HttpHeaders.ETAG, ETags.of(room.version)).build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({ Roles.CLINIC_STAFF, Roles.ADMIN })
    @Operation(summary = "Change a room", description = "Send the ETag as If-Match.")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RoomRequest request) {
        Room room = find(id);
        ETags.requireMatch(ifMatch, room.version);
        apply(room, request);
        room.flush();
        return Response.ok(RoomView.of(room)).header(HttpHeaders.ETAG, ETags.of(room.version)).build();
    }

    private static Room find(UUID id) {
        Room room = Room.findById(id);
        if (room == null) {
            throw ProblemException.notFound("Room");
        }
        return room;
    }

    private static void apply(Room room, RoomRequest request) {
        room.name = request.name();
        room.capabilities = List.copyOf(new LinkedHashSet<>(request.capabilities()));
        room.active = request.active() == null || request.active();
    }
}
