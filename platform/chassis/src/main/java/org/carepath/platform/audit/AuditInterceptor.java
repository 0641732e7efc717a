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

import org.carepath.platform.fault.CrashAfterCommit;
import org.carepath.platform.idempotency.IdempotencyStore;
import org.carepath.platform.idempotency.IdempotentRequest;
import org.carepath.platform.idempotency.StoredResponse;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.problem.ProblemType;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.ArcInvocationContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Makes an audited request one unit of work: the use case, its audit record and, with an {@code Idempotency-Key},
 * the answer to replay commit in one transaction (which the use case's own {@code @Transactional} joins). So a
 * committed write always has its audit record and its replayable answer, and a retry after a crash between the
 * commit and the response is answered from the store instead of running the use case again. A failed or refused
 * request rolls back, and is then audited in a transaction of its own.
 */
@Audited(resource = "", action = AuditAction.READ)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50)
public class AuditInterceptor {

    @Inject
    AuditLog auditLog;

    @Inject
    IdempotentRequest idempotent;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    ObjectMapper json;

    @Inject
    CrashAfterCommit crashAfterCommit;

    @AroundInvoke
    Object audit(InvocationContext context) throws Exception {
        Audited audited = binding(context);
        Object pathId = pathId(context);
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                Object result = context.proceed();
                Object id = pathId != null ? pathId : idOf(result);
                auditLog.record(audited.action(), audited.resource(), id, AuditOutcome.SUCCESS);
                if (idempotent.pending()) {
                    idempotency.recordWithin(idempotent, StoredResponse.of(result, context.getMethod(), json));
                }
                crashAfterCommit.armIfAsked();
                return result;
            });
        } catch (QuarkusTransactionException wrapped) {
            Exception e = wrapped.getCause() instanceof Exception cause ? cause : wrapped;
            throw refused(audited, pathId, e);
        } catch (Exception e) {
            throw refused(audited, pathId, e);
        }
    }

    private Exception refused(Audited audited, Object pathId, Exception e) {
        try {
            auditLog.recordAlone(audited.action(), audited.resource(), pathId, outcomeOf(e));
        } catch (RuntimeException auditFailure) {
            // the database is likely what failed the request too; the request's own error is the answer
            e.addSuppressed(auditFailure);
        }
        return e;
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
