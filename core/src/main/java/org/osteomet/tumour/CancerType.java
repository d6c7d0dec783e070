package org.osteomet.tumour;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osteomet.anatomy.SpinalRegion;

/**
 * Primary cancers. Breast, prostate, lung, kidney and thyroid are the five that most often reach bone;
 * melanoma and bladder are lower-tropism comparators. Multiple myeloma is not a solid primary but a marrow cancer
 * ({@link Origin#MARROW}): its simulated "primary" is the clonal plasma-cell mass, whose cells home back to the marrow.
 * The anatomy of each primary's venous drainage (first capillary bed, Batson plexus region) and its origin are fixed
 * here; the numeric profile is in {@link CancerProfile}.
 */
public enum CancerType {
    BREAST("breast", "breast cancer", VenousDrainage.CAVAL, SpinalRegion.THORACIC, Origin.SOLID),
    PROSTATE("prostate", "prostate cancer", VenousDrainage.CAVAL, SpinalRegion.LUMBOSACRAL, Origin.SOLID),
    LUNG("lung", "lung cancer", VenousDrainage.PULMONARY, SpinalRegion.THORACIC, Origin.SOLID),
    KIDNEY("kidney", "kidney cancer", VenousDrainage.CAVAL, SpinalRegion.LUMBOSACRAL, Origin.SOLID),
    THYROID("thyroid", "thyroid cancer", VenousDrainage.CAVAL, SpinalRegion.CERVICAL, Origin.SOLID),
    MELANOMA("melanoma", "melanoma", VenousDrainage.CAVAL, SpinalRegion.NONE, Origin.SOLID),
    BLADDER("bladder", "bladder cancer", VenousDrainage.CAVAL, SpinalRegion.LUMBOSACRAL, Origin.SOLID),
    /**
     * The plasma-cell mass lives in the marrow throughout the axial skeleton: its blood leaves by the systemic veins
     * (caval), and it has no single spinal level whose plexus it joins (its cells reach every bone by arterial homing).
     */
    MYELOMA("myeloma", "multiple myeloma", VenousDrainage.CAVAL, SpinalRegion.NONE, Origin.MARROW);

    public static final List<CancerType> ALL = List.of(values());

    private final String code;
    private final String diseaseName;
    private final VenousDrainage drainage;
    private final SpinalRegion plexusRegion;
    private final Origin origin;

    CancerType(String code, String diseaseName, VenousDrainage drainage, SpinalRegion plexusRegion, Origin origin) {
        this.code = code;
        this.diseaseName = diseaseName;
        this.drainage = drainage;
        this.plexusRegion = plexusRegion;
        this.origin = origin;
    }

    public String code() {
        return code;
    }

    /** e.g. "breast cancer"; spread to bone is "metastatic breast cancer", never "bone cancer". */
    public String diseaseName() {
        return diseaseName;
    }

    /** "metastatic breast cancer with bone involvement"; "multiple myeloma with bone lesions". */
    public String metastaticDiseaseName(boolean boneInvolvement) {
        return origin.spreadDiseaseName(diseaseName, boneInvolvement);
    }

    /** "breast cancer without detected distant metastasis"; "multiple myeloma without detected focal lesions". */
    public String localDiseaseName() {
        return origin.localDiseaseName(diseaseName);
    }

    public Origin origin() {
        return origin;
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
