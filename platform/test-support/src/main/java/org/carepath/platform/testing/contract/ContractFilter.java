package org.carepath.platform.testing.contract;

import java.net.URI;
import java.util.List;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Holds every answer a test receives through REST Assured to the published contract of the server that gave it:
 * one answer the contract does not allow (an undocumented status, a null or a field the schema refuses, a media
 * type not declared) fails the test that received it. Installed for every test of the suite, see {@link #install()}.
 */
public final class ContractFilter implements OrderedFilter {

    private ContractFilter() {
    }

    /** Adds the filter to REST Assured's defaults, once per class loader (Quarkus tests have one per application). */
    public static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(ContractFilter.class::isInstance)) {
            RestAssured.filters(new ContractFilter());
        }
    }

    /** Takes the filter out again, for a test whose answers come from stand-ins ({@link StubbedUpstreams}). */
    public static synchronized void uninstall() {
        List<Filter> others = RestAssured.filters().stream().filter(f -> !(f instanceof ContractFilter)).toList();
        RestAssured.replaceFiltersWith(others);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
            FilterContext context) {
        Response response = context.next(request, expected);
        URI uri = URI.create(request.getURI());
        if (Contracts.isOperational(uri.getRawPath())) {
            return response;
        }
        OpenApiContract contract = Contracts.servedBy(uri);
        List<String> violations = contract.violations(request.getMethod(), uri.getRawPath(), response.statusCode(),
                response.contentType(), response.asString());
        Contracts.countValidated();
        if (!violations.isEmpty()) {
            Contracts.recordViolations(violations);
            throw new AssertionError("the answer breaks the published contract:\n  " + String.join("\n  ", violations)
                    + "\nbody: " + abbreviate(response.asString()));
        }
        return response;
    }

    /** After every other filter, so that it judges the answer as the server gave it. */
    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "...";
    }
}
