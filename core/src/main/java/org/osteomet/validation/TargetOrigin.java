package org.osteomet.validation;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a target comes from: a row of the project's published calibration table (../shared/targets/calibration.csv), or a
 * check osteomet added itself to expose a known gap (a figure from another paper or registry). Both are run and listed; the
 * report counts them apart so that the table's own score and the extra checks can each be read.
 */
public enum TargetOrigin {
    CALIBRATION_CSV("calibration.csv"),
    OSTEOMET("osteomet");

    private final String code;

    TargetOrigin(String code) {
        this.code = code;
    }

    /** The value of the targets file's {@code origin} field. */
    public String code() {
        return code;
    }

    public static Optional<TargetOrigin> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
