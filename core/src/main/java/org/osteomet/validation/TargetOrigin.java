package org.osteomet.validation;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a target comes from: a row of the project's published calibration table (../shared/targets/calibration.csv), or a
 * figure from another paper or registry that osteomet added itself (checks that expose a known gap, and fit targets for what
 * the table does not cover). Both are run and listed; the report counts them apart so that each can be read.
 */
public enum TargetOrigin {
    CALIBRATION_CSV("calibration.csv", "calibration.csv targets"),
    OSTEOMET("osteomet", "osteomet's own targets");

    private final String code;
    private final String label;

    TargetOrigin(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** How the report names this origin's group. */
    public String label() {
        return label;
    }

    /** The value of the targets file's {@code origin} field. */
    public String code() {
        return code;
    }

    public static Optional<TargetOrigin> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
