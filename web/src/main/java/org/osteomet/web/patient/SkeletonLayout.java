package org.osteomet.web.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osteomet.anatomy.Site;
import org.osteomet.bone.LesionType;
import org.osteomet.output.SkeletonSvg;
import org.osteomet.web.json.Json;

/** Where the page draws each site's lesions on the skeleton picture, and their colours (those of {@link SkeletonSvg}). */
public final class SkeletonLayout {
    /** Key of lesions at visceral sites (or not yet typed) in the colour legend. */
    public static final String VISCERAL = "visceral";
    private static final int POSITION_DECIMALS = 1;

    private SkeletonLayout() {
    }

    /** The site with the places of its first {@code lesions} lesions on the picture (px). */
    static Map<String, Object> site(Site site, int lesions) {
        List<List<Double>> positions = new ArrayList<>();
        for (int k = 0; k < lesions; k++) {
            SkeletonSvg.Point p = SkeletonSvg.position(site, k);
            positions.add(List.of(Json.decimals(p.x(), POSITION_DECIMALS), Json.decimals(p.y(), POSITION_DECIMALS)));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", site.code());
        m.put("name", site.displayName());
        m.put("bone", site.isBone());
        m.put("positions", positions);
        return m;
    }

    /** Fill colour by lesion type, and for visceral lesions. */
    public static Map<String, String> colours() {
        Map<String, String> m = new LinkedHashMap<>();
        Site anyBone = Site.BONES.get(0);
        for (LesionType t : LesionType.values()) {
            m.put(t.word(), SkeletonSvg.colour(new SkeletonSvg.Lesion(anyBone, t, 0)));
        }
        m.put(VISCERAL, SkeletonSvg.COLOUR_VISCERAL);
        return m;
    }

    /** The picture without lesions: the page adds them. */
    public static String emptySkeleton() {
        return SkeletonSvg.render(List.of(), "");
    }
}
