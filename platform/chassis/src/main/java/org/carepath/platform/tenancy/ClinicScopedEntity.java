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

    /** Hibernate fills the tenant after this callback, so the session's tenant is what is checked. */
    @PrePersist
    void refuseWithoutTenant() {
        Object tenant = Panache.getSession().getTenantIdentifierValue();
        if (tenant == null || Tenancy.NO_TENANT.equals(tenant)) {
            throw new MissingTenantException();
        }
    }
}
