package org.osteomet.cli;

/** A user input that fails validation after parsing; its message names the field and what is wrong. */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
