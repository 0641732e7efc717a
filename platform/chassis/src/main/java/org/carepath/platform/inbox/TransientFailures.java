package org.carepath.platform.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.exception.JDBCConnectionException;

/** Tells failures worth retrying (the database is away, a lock or serialization conflict) from poison. */
final class TransientFailures {

    private TransientFailures() {
    }

    static boolean isTransient(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PoisonEventException) {
                return false;
            }
            if (cause instanceof RetryableEventException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException || cause instanceof JDBCConnectionException
                    || cause instanceof LockTimeoutException || cause instanceof PessimisticLockException
                    || cause instanceof OptimisticLockException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08 connection, 40 serialization/deadlock, 53 insufficient resources, 57P shutdown
                if (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                        || state.startsWith("57P")) {
                    return true;
                }
            }
            if (cause instanceof SQLException sql && sql.getSQLState() == null
                    && String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
