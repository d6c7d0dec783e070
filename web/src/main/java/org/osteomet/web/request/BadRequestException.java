package org.osteomet.web.request;

/** Bad input in a request: the message is "field: what is wrong", sent as HTTP 400. */
public final class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String field, String problem) {
        super(field + ": " + problem, null, false, false);
    }
}
