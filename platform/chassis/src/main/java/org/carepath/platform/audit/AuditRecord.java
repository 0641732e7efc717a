package org.carepath.platform.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Who did what to which PHI resource, when, and how it ended. Append-only. */
@Entity
@Table(name = "audit_record")
public class AuditRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String roles;

    @Column(name = "clinic_id")
    public String clinicId;

    @Column(nullable = false)
    public String action;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_id")
    public String resourceId;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "request_id")
    public String requestId;
}
