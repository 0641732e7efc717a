package org.carepath.scheduling.room.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.carepath.scheduling.appointment.domain.RoomCapability;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;

/** A room or chair and what it is equipped for. */
@Entity
@Table(name = "room")
public class Room extends ClinicScopedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<RoomCapability> capabilities;

    @Column(nullable = false)
    public boolean active;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public boolean has(RoomCapability capability) {
        return capabilities.contains(capability);
    }

    /** Active rooms with a capability, in id order, read-only (see {@code Provider.active()}). */
    public static List<Room> activeWith(RoomCapability capability) {
        return Room.<Room>find("active = true order by id").withHint(HibernateHints.HINT_READ_ONLY, true).list()
                .stream().filter(r -> r.has(capability)).toList();
    }
}
