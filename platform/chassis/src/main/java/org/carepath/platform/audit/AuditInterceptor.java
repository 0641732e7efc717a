package org.carepath.platform.audit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.problem.ProblemType;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.arc.ArcInvocationContext;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Runs outside the use case's transaction so the record reflects how that transaction ended. */
@Audited(resource = "", action = AuditAction.READ)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50)
public class AuditInterceptor {

    @Inject
    AuditLog auditLog;

    @AroundInvoke
    Object audit(InvocationContext context) throws Exception {
        Audited audited = binding(context);
        Object pathId = pathId(context);
        try {
            Object result = context.proceed();
            Object id = pathId != null ? pathId : idOf(result);
            auditLog.record(audited.action(), audited.resource(), id, AuditOutcome.SUCCESS);
            return result;
        } catch (Exception e) {
            auditLog.record(audited.action(), audited.resource(), pathId, outcomeOf(e));
            throw e;
        }
    }

    private static Audited binding(InvocationContext context) {
        for (Annotation annotation : ((ArcInvocationContext) context).getInterceptorBindings()) {
            if (annotation instanceof Audited audited) {
                return audited;
            }
        }
        throw new IllegalStateException("no @Audited binding");
    }

    private static Object pathId(InvocationContext context) {
        Method method = context.getMethod();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof PathParam path && path.value().equals("id")) {
                    return context.getParameters()[i];
                }
            }
        }
        return null;
    }

    private static Object idOf(Object result) {
        Object body = result instanceof Response response ? response.getEntity()
                : result instanceof RestResponse<?> rest ? rest.getEntity() : result;
        return body instanceof HasId hasId ? hasId.id() : null;
    }

    private static AuditOutcome outcomeOf(Exception e) {
        if (e instanceof ProblemException problem) {
            return problem.type() == ProblemType.NOT_FOUND ? AuditOutcome.NOT_FOUND
                    : problem.type() == ProblemType.FORBIDDEN ? AuditOutcome.DENIED
                    : problem.type().status() < 500 ? AuditOutcome.REJECTED : AuditOutcome.FAILED;
        }
        if (e instanceof ForbiddenException || e instanceof UnauthorizedException) {
            return AuditOutcome.DENIED;
        }
        if (e instanceof ValidationException) {
            return AuditOutcome.REJECTED;
        }
        return AuditOutcome.FAILED;
    }
}
