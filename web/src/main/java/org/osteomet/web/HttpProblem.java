package org.osteomet.web;

/** A request that cannot be served, with its HTTP status; the message becomes {"error": message}. */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final int NOT_FOUND = 404;
    static final int CONFLICT = 409;
    static final int CONTENT_TOO_LARGE = 413;

    private final int status;

    HttpProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
