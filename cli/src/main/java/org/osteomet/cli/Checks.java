package org.osteomet.cli;

/** Range checks for option values, each failing with one line that names the option. */
final class Checks {
    private Checks() {
    }

    static void between(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new BadInputException(option + ": must be between " + min + " and " + max + ", got " + value);
        }
    }

    static void years(String option, double value) {
        if (!(value > 0) || value > 100) {
            throw new BadInputException(option + ": must be more than 0 and at most 100, got " + value);
        }
    }
}
