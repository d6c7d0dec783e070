package org.osteomet.tumour;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osteomet.anatomy.SpinalRegion;

/**
 * Primary cancers. Breast, prostate, lung, kidney and thyroid are the five that most often reach bone;
 * melanoma and bladder are lower-tropism comparators. The anatomy of each primary's venous drainage
 * (first capillary bed, Batson plexus region) is fixed here; the numeric profile is in {@link CancerProfile}.
 */
public enum CancerType {
    BREAST("breast", "breast cancer", VenousDrainage.CAVAL, SpinalRegion.THORACIC),
    PROSTATE("prostate", "prostate cancer", VenousDrainage.CAVAL, SpinalRegion.LUMBOSACRAL),
    LUNG("lung", "lung cancer", VenousDrainage.PULMONARY, SpinalRegion.THORACIC),
    KIDNEY("kidney", "kidney cancer", VenousDrainage.CAVAL, SpinalRegion.LUMBOSACRAL),
    THYROID("thyroid", "thyroid cancer", VenousDrainage.CAVAL, SpinalRegion.CERVICAL),
    MELANOMA("melanoma", "melanoma", VenousDrainage.CAVAL, SpinalRegion.NONE),
    BLADDER("bladder", "bladder cancer", VenousDrainage.CAVAL, SpinalRegion.LUMBOSACRAL);

    public static final List<CancerType> ALL = List.of(values());

    private final String code;
    private final String diseaseName;
    private final VenousDrainage drainage;
    private final SpinalRegion plexusRegion;

    CancerType(String code, String diseaseName, VenousDrainage drainage, SpinalRegion plexusRegion) {
        this.code = code;
        this.diseaseName = diseaseName;
        this.drainage = drainage;
        this.plexusRegion = plexusRegion;
    }

    public String code() {
        return code;
    }

    /** e.g. "breast cancer"; spread to bone is "metastatic breast cancer", never "bone cancer". */
    public String diseaseName() {
        return diseaseName;
    }

    public String metastaticDiseaseName(boolean boneInvolvement) {
        return "metastatic " + diseaseName + (boneInvolvement ? " with bone involvement" : "");
    }

    public VenousDrainage drainage() {
        return drainage;
    }

    /**
     * Region of the vertebral venous plexus the primary's veins join: intercostal veins for breast and
     * lung, pelvic plexus for prostate and bladder, lumbar veins for kidney, cervical veins for thyroid
     * (Batson 1940, Ann Surg 112:138).
     */
    public SpinalRegion plexusRegion() {
        return plexusRegion;
    }

    /** Accepts the code and the common synonym "renal". */
    public static Optional<CancerType> fromCode(String text) {
        String c = text.trim().toLowerCase(Locale.ROOT);
        if (c.equals("renal")) {
            return Optional.of(KIDNEY);
        }
        return Arrays.stream(values()).filter(t -> t.code.equals(c)).findFirst();
    }

    public static String codes() {
        return String.join(", ", ALL.stream().map(CancerType::code).toList());
    }
}
