package org.osteomet.sim;

/** Summary stage at diagnosis, as SEER reports it; here it emerges from which lesions are detectable then. */
public enum Stage {
    LOCALIZED("localized"),
    REGIONAL("regional"),
    DISTANT("distant");

    private final String code;

    Stage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
