package org.osteomet.clinical;

import org.osteomet.anatomy.Site;
import org.osteomet.bone.LesionType;

/**
 * Mirels 1989 (Clin Orthop 249:256) score of a long-bone metastasis: site, radiographic type, size as a
 * fraction of the cortex, and pain, 1-3 points each (4-12). Score >= 9 means high fracture risk.
 */
public final class MirelsScore {
    private MirelsScore() {
    }

    /**
     * @param site           a long bone (Mirels site class other than NOT_SCORED)
     * @param type           radiographic type of the lesion
     * @param cortexFraction share of the cortex involved, 0..1
     * @param painPoints     pain on the 0-10 numeric rating scale
     * @return the score 4-12, or 0 for bones Mirels does not score
     */
    public static int of(Site site, LesionType type, double cortexFraction, double painPoints) {
        int sitePoints = site.mirelsSiteClass().points();
        if (sitePoints == 0) {
            return 0;
        }
        int typePoints = switch (type) {
            case OSTEOBLASTIC -> 1;
            case MIXED -> 2;
            case OSTEOLYTIC -> 3;
        };
        int sizePoints = cortexFraction < 1.0 / 3 ? 1 : cortexFraction <= 2.0 / 3 ? 2 : 3;
        // Mirels' pain: mild, moderate, functional (pain on use); NRS 1-3, 4-6, 7-10.
        int painScore = painPoints < 4 ? 1 : painPoints < 7 ? 2 : 3;
        return sitePoints + typePoints + sizePoints + painScore;
    }
}
