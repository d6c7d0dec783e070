package org.osteomet.sim;

import java.util.Arrays;
import java.util.Optional;

/** When a patient's clock starts (day 0) and who is enrolled. */
public enum Entry {
    /** Diagnosis of the primary cancer; every simulated patient is enrolled. */
    DIAGNOSIS("diagnosis"),
    /** Detection of the first distant metastasis, any site; patients who never get one are screened out. */
    METASTATIC("metastatic"),
    /** Detection of the first bone metastasis, as in trials of bone-targeted drugs. */
    BONE_METASTATIC("bone-metastatic"),
    /**
     * Bone metastases known and the disease progressing on its first systemic line (castration-resistant prostate
     * cancer, endocrine-resistant breast cancer), as in the prostate trials of zoledronic acid and radium-223.
     */
    BONE_METASTATIC_PROGRESSING("bone-metastatic-progressing"),
    /**
     * The same eligibility, enrolled as trials recruit: from the pool of eligible patients alive at a calendar time
     * (prevalent disease), not at the moment they become eligible. Each patient is enrolled at a time drawn uniformly
     * within {@code clinical.prevalent_enrolment_window_y} after eligibility, if still alive then (others are screened
     * out), so the enrolled are a length-biased sample of the prevalent pool with the time since eligibility it implies.
     */
    PREVALENT_BONE_METASTATIC_PROGRESSING("prevalent-bone-metastatic-progressing");

    private final String code;

    Entry(String code) {
        this.code = code;
    }

    /** Does eligibility need progression on the first systemic line (so systemic lines must exist)? */
    public boolean needsProgression() {
        return this == BONE_METASTATIC_PROGRESSING || this == PREVALENT_BONE_METASTATIC_PROGRESSING;
    }

    /** Is enrolment drawn from the prevalent pool of eligible patients rather than at eligibility? */
    public boolean prevalent() {
        return this == PREVALENT_BONE_METASTATIC_PROGRESSING;
    }

    public String code() {
        return code;
    }

    public static Optional<Entry> fromCode(String s) {
        return Arrays.stream(values()).filter(e -> e.code.equalsIgnoreCase(s.trim())).findFirst();
    }

    /** The codes, comma-separated, for messages. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Entry::code).toList());
    }
}
