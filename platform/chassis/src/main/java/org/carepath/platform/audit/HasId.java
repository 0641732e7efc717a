package org.carepath.platform.audit;

/** A response body that names the resource it describes, so a create can be audited with its new id. */
public interface HasId {
    Object id();
}
