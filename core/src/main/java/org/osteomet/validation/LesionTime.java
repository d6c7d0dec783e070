package org.osteomet.validation;

import java.util.Arrays;
import java.util.Optional;

/**
 * When the lesion types of a lesion-type statistic are read: at the end of observation (death or end of follow-up,
 * what an autopsy or a last scan sees) or at entry (the baseline a trial reports in its Table 1).
 */
public enum LesionTime {
    /** The end of observation: every bone with a metastasis detected by then, typed then. */
    END("end"),
    /** Entry (randomisation): the bones with a metastasis detected by entry, typed at entry. */
    ENTRY("entry");

    private final String code;

    LesionTime(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<LesionTime> fromCode(String s) {
        return Arrays.stream(values()).filter(t -> t.code.equals(s.trim())).findFirst();
    }
}
