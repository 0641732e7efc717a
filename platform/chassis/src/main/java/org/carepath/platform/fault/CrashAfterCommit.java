package org.carepath.platform.fault;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.vertx.core.http.HttpServerRequest;

/**
 * Fault injection for the crash-recovery test: with {@code carepath.fault.crash-after-commit=true}, which no
 * deployment sets, a request carrying {@code Carepath-Fault: crash-after-commit} halts the JVM the moment its
 * transaction has committed, before any answer is written, as a power cut or an OOM kill would.
 */
@ApplicationScoped
public class CrashAfterCommit {

    public static final String HEADER = "Carepath-Fault";
    public static final String VALUE = "crash-after-commit";
    private static final Logger LOG = Logger.getLogger(CrashAfterCommit.class);

    @ConfigProperty(name = "carepath.fault.crash-after-commit", defaultValue = "false")
    boolean enabled;

    @Inject
    HttpServerRequest request;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Called inside the request's transaction. */
    public void armIfAsked() {
        if (!enabled || !VALUE.equals(request.getHeader(HEADER))) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    LOG.warn("Committed; halting before the answer as the request asked (carepath.fault.crash-after-commit)");
                    Runtime.getRuntime().halt(137);
                }
            }
        });
    }
}
