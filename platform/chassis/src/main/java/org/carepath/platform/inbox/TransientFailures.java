package org.carepath.platform.inbox;

import java.sql.SQLException;
import java.sql.SQLTransientException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.carepath.platform.persistence.DatabaseFailures;

/** Tells failures worth retrying (the database is away, a lock or serialization conflict) from poison. */
final class TransientFailures {

    private TransientFailures() {
    }

    static boolean isTransient(Throwable error) {
        if (DatabaseFailures.isUnavailable(error)) {
            return true;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PoisonEventException) {
                return false;
            }
            if (cause instanceof RetryableEventException || cause instanceof SQLTransientException
                    || cause instanceof LockTimeoutException || cause instanceof PessimisticLockException
                    || cause instanceof OptimisticLockException) {
                return true;
            }
            // 40: serialization failure or deadlock
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }
}
