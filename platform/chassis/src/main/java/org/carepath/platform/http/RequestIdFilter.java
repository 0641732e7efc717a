package org.carepath.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Accepts or generates the request id before anything else runs and echoes it on every response. */
public class RequestIdFilter {

    private static final String PROPERTY = RequestIdFilter.class.getName();

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void assign(ContainerRequestContext request) {
        String requestId = RequestIds.acceptOrGenerate(request.getHeaderString(RequestIds.HEADER));
        request.setProperty(PROPERTY, requestId);
        RequestIds.set(requestId);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object requestId = request.getProperty(PROPERTY);
        if (requestId != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, requestId);
        }
    }
}
