package org.carepath.platform.testing.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Installs the {@link ContractFilter} before each {@code @QuarkusTest} method, in the class loader the test runs
 * in (REST Assured's defaults are per class loader). Registered as a service of quarkus-junit.
 */
public class ContractCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (context.getTestInstance().getClass().isAnnotationPresent(StubbedUpstreams.class)) {
            ContractFilter.uninstall();
        } else {
            ContractFilter.install();
        }
    }
}
