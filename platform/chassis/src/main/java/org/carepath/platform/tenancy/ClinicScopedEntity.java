package org.carepath.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Base of every entity that belongs to one clinic. Hibernate fills {@code clinic_id} from the current
 * tenant on insert and adds it to every query, so one clinic can never read another's rows.
 */
@MappedSuperclass
public abstract class ClinicScopedEntity extends PanacheEntityBase {

    @TenantId
    @Column(name = "clinic_id", nullable = false, updatable = false, length = 64)
    public String clinicId;

    /**
     * Hibernate fills the tenant only when it flushes the insert; the clinic is set here, on persist, so what the
     * same transaction builds from the entity (an event's payload) already carries it.
     */
    @PrePersist
    void takeTheSessionsTenant() {
        Object tenant = Panache.getSession().getTenantIdentifierValue();
        if (tenant == null || Tenancy.NO_TENANT.equals(tenant)) {
            throw new MissingTenantException();
        }
        clinicId = tenant.toString();
    }
}
