package org.osteomet.anatomy;

/** Tissue class of a site: the "soil" that a cancer type's tropism is given for. */
public enum SiteClass {
    BONE("bone"),
    LUNG("lung"),
    LIVER("liver"),
    BRAIN("brain"),
    LYMPH_NODE("lymph_node");

    private final String code;

    SiteClass(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isVisceral() {
        return this == LUNG || this == LIVER || this == BRAIN;
    }
}
