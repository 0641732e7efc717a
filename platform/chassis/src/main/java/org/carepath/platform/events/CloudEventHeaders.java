package org.carepath.platform.events;

/** CloudEvents 1.0 attributes in Kafka binary mode, plus CarePath's extension attributes. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    /** Extension: the clinic (tenant) the event belongs to. */
    public static final String CLINIC_ID = "ce_clinicid";
    /** Extension: the X-Request-Id of the request that caused the event. */
    public static final String REQUEST_ID = "ce_requestid";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
