package org.carepath.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a resource method that reads or writes PHI, or changes what care is booked against (providers, rooms,
 * closures): every call leaves one audit record, whatever its outcome, and runs as one transaction with it
 * (see {@link AuditInterceptor}). The resource id is the {@code @PathParam("id")} argument, or the id of what a create returns.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Audited {

    @Nonbinding
    String resource();

    @Nonbinding
    AuditAction action();
}
