package org.carepath.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.carepath.platform.security.CallerContext;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;

/**
 * Gives Hibernate the tenant of the current unit of work: the caller's {@code clinic_id}, or the clinic an
 * event handler runs as. With {@code quarkus.hibernate-orm.multitenant=DISCRIMINATOR} every query on a
 * {@link ClinicScopedEntity} is filtered by it, so a query without the clinic filter cannot be written.
 */
@PersistenceUnitExtension
@RequestScoped
public class ClinicTenantResolver implements TenantResolver {

    @Inject
    CallerContext caller;

    @Override
    public String getDefaultTenantId() {
        return Tenancy.NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        String system = Tenancy.systemTenant();
        if (system != null) {
            return system;
        }
        return caller.clinicId().filter(Tenancy::isValidClinicId).orElse(Tenancy.NO_TENANT);
    }
}
