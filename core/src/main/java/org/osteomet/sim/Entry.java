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
    BONE_METASTATIC_PROGRESSING("bone-metastatic-progressing");

    private final String code;

    Entry(String code) {
        this.code = code;
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
