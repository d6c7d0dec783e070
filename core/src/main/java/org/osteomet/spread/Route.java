package org.osteomet.spread;

import org.osteomet.anatomy.SpinalRegion;

/** The ways a shed cell can travel before it arrests. */
public enum Route {
    /** Systemic veins, right heart, lung capillaries first, then the arterial tree. */
    CAVAL,
    /** Straight into the arterial tree (from lung tumours, through the pulmonary veins). */
    ARTERIAL,
    /** Into the valveless vertebral venous plexus, entering at the cervical level. */
    PLEXUS_CERVICAL,
    /** The same, entering at the thoracic level (intercostal veins). */
    PLEXUS_THORACIC,
    /** The same, entering at the lumbosacral level (pelvic and lumbar veins). */
    PLEXUS_LUMBOSACRAL,
    /** Afferent lymph to the regional lymph nodes. */
    LYMPH;

    public static Route plexus(SpinalRegion region) {
        return switch (region) {
            case CERVICAL -> PLEXUS_CERVICAL;
            case THORACIC -> PLEXUS_THORACIC;
            case LUMBOSACRAL -> PLEXUS_LUMBOSACRAL;
            case NONE -> throw new IllegalArgumentException("no plexus route for region NONE");
        };
    }

    public SpinalRegion plexusRegion() {
        return switch (this) {
            case PLEXUS_CERVICAL -> SpinalRegion.CERVICAL;
            case PLEXUS_THORACIC -> SpinalRegion.THORACIC;
            case PLEXUS_LUMBOSACRAL -> SpinalRegion.LUMBOSACRAL;
            default -> SpinalRegion.NONE;
        };
    }
}
