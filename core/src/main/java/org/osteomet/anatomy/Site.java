package org.osteomet.anatomy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sites where a metastasis can grow: the skeleton atlas (bones with red marrow, where bone
 * metastases concentrate) and the competing visceral and nodal sites. Numeric atlas values (marrow
 * share, mineral, blood flow) are parameters in {@link SkeletalAtlas}; this enum carries the fixed
 * anatomy: class, weight bearing, Mirels site class, spinal level and plexus region.
 *
 * <p>Ordinals index per-run arrays and bit masks only (nothing is stored by ordinal; files and JSON use
 * {@link #code()}), so a site may be inserted anywhere; the bit masks of {@code PatientOutcome} hold up to 64
 * sites. The mandible is not plexus drained: the jaw's veins go to the facial and pterygoid veins, not to the
 * vertebral venous plexus that the cranium's diploic and emissary veins reach.
 */
public enum Site {
    CRANIUM("cranium", "cranium", SiteClass.BONE, false, MirelsSiteClass.NOT_SCORED, false, SpinalRegion.CERVICAL, 1),
    MANDIBLE("mandible", "mandible", SiteClass.BONE, false, MirelsSiteClass.NOT_SCORED, false, SpinalRegion.NONE, 1),
    CERVICAL_SPINE("cervical_spine", "cervical spine", SiteClass.BONE, true, MirelsSiteClass.NOT_SCORED, true, SpinalRegion.CERVICAL, 7),
    THORACIC_SPINE("thoracic_spine", "thoracic spine", SiteClass.BONE, true, MirelsSiteClass.NOT_SCORED, true, SpinalRegion.THORACIC, 12),
    LUMBAR_SPINE("lumbar_spine", "lumbar spine", SiteClass.BONE, true, MirelsSiteClass.NOT_SCORED, true, SpinalRegion.LUMBOSACRAL, 5),
    SACRUM("sacrum", "sacrum", SiteClass.BONE, true, MirelsSiteClass.NOT_SCORED, false, SpinalRegion.LUMBOSACRAL, 1),
    PELVIS("pelvis", "pelvis (os coxae)", SiteClass.BONE, true, MirelsSiteClass.NOT_SCORED, false, SpinalRegion.LUMBOSACRAL, 2),
    RIBS("ribs", "ribs", SiteClass.BONE, false, MirelsSiteClass.NOT_SCORED, false, SpinalRegion.THORACIC, 24),
    STERNUM("sternum", "sternum", SiteClass.BONE, false, MirelsSiteClass.NOT_SCORED, false, SpinalRegion.NONE, 1),
    SCAPULAE("scapulae", "scapulae", SiteClass.BONE, false, MirelsSiteClass.NOT_SCORED, false, SpinalRegion.NONE, 2),
    CLAVICLES("clavicles", "clavicles", SiteClass.BONE, false, MirelsSiteClass.NOT_SCORED, false, SpinalRegion.NONE, 2),
    HUMERUS_LEFT("humerus_left", "left proximal humerus", SiteClass.BONE, false, MirelsSiteClass.UPPER_LIMB, false, SpinalRegion.NONE, 1),
    HUMERUS_RIGHT("humerus_right", "right proximal humerus", SiteClass.BONE, false, MirelsSiteClass.UPPER_LIMB, false, SpinalRegion.NONE, 1),
    FEMUR_LEFT("femur_left", "left proximal femur", SiteClass.BONE, true, MirelsSiteClass.PERITROCHANTERIC, false, SpinalRegion.NONE, 1),
    FEMUR_RIGHT("femur_right", "right proximal femur", SiteClass.BONE, true, MirelsSiteClass.PERITROCHANTERIC, false, SpinalRegion.NONE, 1),
    LUNG("lung", "lung", SiteClass.LUNG, false, MirelsSiteClass.NOT_SCORED, false, SpinalRegion.NONE, 1),
    LIVER("liver", "liver", SiteClass.LIVER, false, MirelsSiteClass.NOT_SCORED, false, SpinalRegion.NONE, 1),
    BRAIN("brain", "brain", SiteClass.BRAIN, false, MirelsSiteClass.NOT_SCORED, false, SpinalRegion.NONE, 1),
    LYMPH_NODES("lymph_nodes", "lymph nodes", SiteClass.LYMPH_NODE, false, MirelsSiteClass.NOT_SCORED, false, SpinalRegion.NONE, 1);

    /** All sites, in declaration order (cached: {@code values()} copies). */
    public static final List<Site> ALL = List.of(values());
    /** The skeletal sites only. */
    public static final List<Site> BONES = ALL.stream().filter(Site::isBone).toList();
    /** The skeletal sites as an array, for index loops in the simulation step (no iterator per step). */
    private static final Site[] BONE_ARRAY = BONES.toArray(new Site[0]);
    public static final int COUNT = ALL.size();

    private final String code;
    private final String displayName;
    private final SiteClass siteClass;
    private final boolean weightBearing;
    private final MirelsSiteClass mirels;
    private final boolean spinal;
    private final SpinalRegion plexusRegion;
    private final int units;

    Site(String code, String displayName, SiteClass siteClass, boolean weightBearing, MirelsSiteClass mirels,
         boolean spinal, SpinalRegion plexusRegion, int units) {
        this.code = code;
        this.displayName = displayName;
        this.siteClass = siteClass;
        this.weightBearing = weightBearing;
        this.mirels = mirels;
        this.spinal = spinal;
        this.plexusRegion = plexusRegion;
        this.units = units;
    }

    /**
     * How many similar bones the site groups (7 cervical, 12 thoracic, 5 lumbar vertebrae, 24 ribs, 2 hemipelves,
     * 2 scapulae, 2 clavicles; 1 otherwise). A lesion involves one of them: its region is 1/units of the site.
     */
    public int units() {
        return units;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public SiteClass siteClass() {
        return siteClass;
    }

    public boolean isBone() {
        return siteClass == SiteClass.BONE;
    }

    /** Bears body weight or axial load (spine, sacrum, pelvis, femora). */
    public boolean isWeightBearing() {
        return weightBearing;
    }

    public MirelsSiteClass mirelsSiteClass() {
        return mirels;
    }

    /** A vertebral level that encloses the spinal cord or cauda equina (cervical, thoracic, lumbar). */
    public boolean isSpinal() {
        return spinal;
    }

    public SpinalRegion plexusRegion() {
        return plexusRegion;
    }

    /** Number of skeletal sites. */
    public static int boneCount() {
        return BONE_ARRAY.length;
    }

    /** The i-th skeletal site, 0 <= i < {@link #boneCount()}. */
    public static Site bone(int i) {
        return BONE_ARRAY[i];
    }

    public static Optional<Site> fromCode(String code) {
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(c)).findFirst();
    }
}
