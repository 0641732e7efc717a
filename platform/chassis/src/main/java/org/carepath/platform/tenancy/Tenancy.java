package org.carepath.platform.tenancy;

import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

/**
 * The tenant (clinic) that tenant-scoped queries run for when there is no caller token, as in an event
 * handler. Hibernate's discriminator filter reads it through {@link ClinicTenantResolver}, which Quarkus
 * only consults inside a request context, so work on other threads must come through here.
 */
public final class Tenancy {

    /** Matches no clinic: queries outside any tenant find nothing and inserts are refused. */
    public static final String NO_TENANT = "none";

    private static final Pattern CLINIC_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final ThreadLocal<String> SYSTEM_TENANT = new ThreadLocal<>();

    private Tenancy() {
    }

    public static boolean isValidClinicId(String clinicId) {
        return clinicId != null && CLINIC_ID.matcher(clinicId).matches() && !NO_TENANT.equals(clinicId);
    }

    /** Runs work as the given clinic on this thread; the Hibernate session must be opened inside it. */
    public static <T> T callAs(String clinicId, Supplier<T> work) {
        if (!isValidClinicId(clinicId)) {
            throw new IllegalArgumentException("not a clinic id");
        }
        String previous = SYSTEM_TENANT.get();
        SYSTEM_TENANT.set(clinicId);
        try {
            return inRequestContext(work);
        } finally {
            if (previous == null) {
                SYSTEM_TENANT.remove();
            } else {
                SYSTEM_TENANT.set(previous);
            }
        }
    }

    public static void runAs(String clinicId, Runnable work) {
        callAs(clinicId, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work that touches only tables without a clinic (outbox, inbox, audit) on a thread outside any
     * request; clinic-scoped entities read nothing and refuse inserts here.
     */
    public static <T> T callOutsideAnyClinic(Supplier<T> work) {
        return inRequestContext(work);
    }

    private static <T> T inRequestContext(Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            return work.get();
        }
        requestContext.activate();
        try {
            return work.get();
        } finally {
            requestContext.terminate();
        }
    }

    static String systemTenant() {
        return SYSTEM_TENANT.get();
    }
}
