package org.osteomet.tumour;

/** Where a cancer starts, which decides what its diagnosis means and what "the primary" is. */
public enum Origin {
    /**
     * A solid tumour in an organ: diagnosed localized, regional or distant, treated locally (the primary removed) when
     * no distant lesion is detectable, given systemic lines from its first distant metastasis.
     */
    SOLID("primary tumour", "metastasis", "without detected distant metastasis", "metastatic ", " with bone involvement"),
    /**
     * A cancer of the bone marrow (multiple myeloma): disseminated through the marrow when it is diagnosed, so its stage
     * is distant, nothing is removed and the systemic lines start at diagnosis. Its "primary" is the clonal cell mass
     * in the marrow, which sheds cells like a primary; the focal bone lesions they found are its "metastases".
     */
    MARROW("clonal plasma-cell mass (as one sphere)", "focal lesion", "without detected focal lesions", "", " with bone lesions");

    private final String primaryName;
    private final String lesionName;
    private final String withoutSpread;
    private final String spreadPrefix;
    private final String boneSuffix;

    Origin(String primaryName, String lesionName, String withoutSpread, String spreadPrefix, String boneSuffix) {
        this.primaryName = primaryName;
        this.lesionName = lesionName;
        this.withoutSpread = withoutSpread;
        this.spreadPrefix = spreadPrefix;
        this.boneSuffix = boneSuffix;
    }

    /** Is the disease disseminated when diagnosed (no curative local treatment; systemic lines from diagnosis)? */
    public boolean disseminatedAtDiagnosis() {
        return this == MARROW;
    }

    /** What the simulated "primary" is, e.g. "primary tumour". */
    public String primaryName() {
        return primaryName;
    }

    /** What one of its distant lesions is called: "metastasis", or "focal lesion" for a marrow cancer. */
    public String lesionName() {
        return lesionName;
    }

    String localDiseaseName(String disease) {
        return disease + " " + withoutSpread;
    }

    String spreadDiseaseName(String disease, boolean boneInvolvement) {
        return spreadPrefix + disease + (boneInvolvement ? boneSuffix : "");
    }
}
