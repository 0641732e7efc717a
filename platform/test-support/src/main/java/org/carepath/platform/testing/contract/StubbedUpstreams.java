package org.carepath.platform.testing.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class whose answers come from stand-ins for the services (the gateway's routing tests), so they are
 * not held to the published contract; the system tests hold the same paths, served by the real services, to it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StubbedUpstreams {

    /** Why the answers are not the services' own. */
    String value();
}
