package org.osteomet.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.osteomet.anatomy.Site;
import org.osteomet.bone.LesionType;

/**
 * A schematic, self-contained SVG of the human skeleton seen from the front (patient's right on the viewer's
 * left, as on a radiograph), with metastases drawn as circles at their atlas sites: radius grows with
 * log10(cells), colour gives the lesion type. No external files, no scripts; each lesion carries a
 * {@code <title>} tooltip. The site coordinates ({@link #anchor(Site)}) are public so other views (the web
 * UI) can place markers on the same picture.
 */
public final class SkeletonSvg {
    /** Canvas size in px. */
    public static final int WIDTH = 360;
    public static final int HEIGHT = 720;
    /** x of the body's midline. */
    public static final double MIDLINE = WIDTH / 2.0;

    /** Lesion fill colours. */
    public static final String COLOUR_OSTEOLYTIC = "#e4572e";
    public static final String COLOUR_OSTEOBLASTIC = "#2f6fd6";
    public static final String COLOUR_MIXED = "#8e44ad";
    public static final String COLOUR_VISCERAL = "#7b8a8b";

    /** Radius at {@link #MIN_CELLS} and at {@link #MAX_CELLS} (and the clamps below and above). */
    static final double MIN_RADIUS = 3;
    static final double MAX_RADIUS = 18;
    static final double MIN_CELLS = 1e8;
    static final double MAX_CELLS = 1e11;

    private static final String BONE_FILL = "#f5efdf";
    private static final String BONE_LINE = "#8f846f";
    private static final String FAINT_BONE_FILL = "#f7f3ea";
    private static final String FAINT_BONE_LINE = "#b9b09f";
    private static final String TEXT = "#2b2f33";

    /** A point on the canvas, in px from the top left. */
    public record Point(double x, double y) {
        /** This point reflected across the body's midline. */
        public Point mirrored() {
            return new Point(WIDTH - x, y);
        }
    }

    /** One metastasis to draw: its site, radiographic type (null for visceral sites) and cell count. */
    public record Lesion(Site site, LesionType type, double cells) {
        public Lesion {
            Objects.requireNonNull(site, "site");
        }
    }

    /**
     * Where lesions at a site are drawn: one or two centres (two for paired bones drawn on both sides, which
     * successive lesions alternate between) and the half-extents of the ellipse they spread over.
     */
    private record Region(List<Point> centres, double rx, double ry) {
    }

    private static final Map<Site, Region> REGIONS = new EnumMap<>(Site.class);

    static {
        double m = MIDLINE;
        REGIONS.put(Site.CRANIUM, single(m, 60, 16, 5));
        REGIONS.put(Site.MANDIBLE, single(m, 130, 10, 3));
        REGIONS.put(Site.CERVICAL_SPINE, single(m, 153, 2, 10));
        REGIONS.put(Site.THORACIC_SPINE, single(m, 218, 2, 42));
        REGIONS.put(Site.LUMBAR_SPINE, single(m, 300, 2, 24));
        REGIONS.put(Site.SACRUM, single(m, 348, 5, 10));
        REGIONS.put(Site.PELVIS, paired(m - 46, 326, 10, 10));
        REGIONS.put(Site.RIBS, paired(m - 49, 250, 4, 24));
        REGIONS.put(Site.STERNUM, single(m, 206, 2, 22));
        REGIONS.put(Site.SCAPULAE, paired(m - 49, 200, 5, 12));
        REGIONS.put(Site.CLAVICLES, paired(m - 38, 167, 16, 2));
        REGIONS.put(Site.HUMERUS_RIGHT, single(m - 73, 200, 3, 12));
        REGIONS.put(Site.HUMERUS_LEFT, single(m + 73, 200, 3, 12));
        REGIONS.put(Site.FEMUR_RIGHT, single(m - 54, 372, 5, 12));
        REGIONS.put(Site.FEMUR_LEFT, single(m + 54, 372, 5, 12));
        REGIONS.put(Site.LUNG, paired(m - 30, 222, 8, 20));
        REGIONS.put(Site.LIVER, single(m - 24, 276, 22, 7));
        REGIONS.put(Site.BRAIN, single(m, 80, 12, 6));
        REGIONS.put(Site.LYMPH_NODES, paired(m + 27, 160, 4, 3));
        for (Site s : Site.ALL) {
            if (!REGIONS.containsKey(s)) {
                throw new IllegalStateException("no skeleton region for " + s);
            }
        }
    }

    private static Region single(double x, double y, double rx, double ry) {
        return new Region(List.of(new Point(x, y)), rx, ry);
    }

    private static Region paired(double x, double y, double rx, double ry) {
        Point p = new Point(x, y);
        return new Region(List.of(p, p.mirrored()), rx, ry);
    }

    private SkeletonSvg() {
    }

    /**
     * The point where a single lesion at this site is drawn. For sites drawn on both sides (ribs, pelvis,
     * scapulae, clavicles, lungs, lymph nodes) it is the first side's point; further lesions alternate sides.
     */
    public static Point anchor(Site site) {
        return REGIONS.get(site).centres().get(0);
    }

    /** Circle radius in px for a lesion of this many cells: 3 at 1e8 (and below) to 18 at 1e11 (and above). */
    public static double radius(double cells) {
        if (!(cells > MIN_CELLS)) {
            return MIN_RADIUS;
        }
        double f = (Math.log10(cells) - Math.log10(MIN_CELLS)) / (Math.log10(MAX_CELLS) - Math.log10(MIN_CELLS));
        return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.min(1.0, f);
    }

    /** The fill colour of a lesion: by type at bone sites; grey at visceral sites or when the type is unknown. */
    public static String colour(Lesion lesion) {
        if (!lesion.site().isBone() || lesion.type() == null) {
            return COLOUR_VISCERAL;
        }
        return switch (lesion.type()) {
            case OSTEOLYTIC -> COLOUR_OSTEOLYTIC;
            case OSTEOBLASTIC -> COLOUR_OSTEOBLASTIC;
            case MIXED -> COLOUR_MIXED;
        };
    }

    /** The SVG document: skeleton, organs, lesions (in list order, larger ones beneath), legend, title, footer. */
    public static String render(List<Lesion> lesions, String title) {
        Objects.requireNonNull(lesions, "lesions");
        StringBuilder b = new StringBuilder(24_000);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"Helvetica, Arial, sans-serif\" role=\"img\">\n");
        b.append("<title>").append(escape(title == null ? "skeleton" : title)).append("</title>\n");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        bodyOutline(b);
        organsBehind(b);
        skeleton(b);
        organsInFront(b);
        lesions(b, lesions);
        legend(b);
        text(b, title);
        b.append("</svg>\n");
        return b.toString();
    }

    // ---------------------------------------------------------------- lesions

    private static void lesions(StringBuilder b, List<Lesion> lesions) {
        record Placed(Lesion lesion, Point at, double r, int index) {
        }
        List<Placed> placed = new ArrayList<>();
        Map<Site, Integer> seen = new EnumMap<>(Site.class);
        for (int i = 0; i < lesions.size(); i++) {
            Lesion l = Objects.requireNonNull(lesions.get(i), "lesion");
            int k = seen.merge(l.site(), 1, Integer::sum) - 1;
            placed.add(new Placed(l, position(l.site(), k), radius(l.cells()), i));
        }
        // big circles first so that small ones stay visible (and hoverable) on top; stable for equal sizes
        placed.sort(Comparator.comparingDouble((Placed p) -> -p.r()).thenComparingInt(Placed::index));
        b.append("<g id=\"lesions\">\n");
        for (Placed p : placed) {
            String c = colour(p.lesion());
            b.append("<circle class=\"lesion\" data-site=\"").append(p.lesion().site().code()).append('"')
                    .append(" cx=\"").append(f(p.at().x())).append("\" cy=\"").append(f(p.at().y()))
                    .append("\" r=\"").append(f(p.r())).append("\" fill=\"").append(c)
                    .append("\" fill-opacity=\"0.62\" stroke=\"").append(c).append("\" stroke-width=\"1.4\">")
                    .append("<title>").append(escape(tooltip(p.lesion()))).append("</title></circle>\n");
        }
        b.append("</g>\n");
    }

    /**
     * Deterministic place of the k-th lesion (0-based) at a site: the centre(s) first, then a golden-angle spiral.
     * Public so that the web page draws lesions where this picture does.
     */
    public static Point position(Site site, int k) {
        Region r = REGIONS.get(site);
        int n = r.centres().size();
        Point c = r.centres().get(k % n);
        int j = k / n;
        if (j == 0) {
            return c;
        }
        double angle = j * 2.399963229728653;
        double reach = Math.min(1.0, 0.42 * Math.sqrt(j));
        return new Point(c.x() + Math.cos(angle) * reach * r.rx(), c.y() + Math.sin(angle) * reach * r.ry());
    }

    static String tooltip(Lesion l) {
        String kind = l.site().isBone() && l.type() != null ? l.type().word()
                : l.site().isBone() ? "unclassified" : "visceral";
        return l.site().displayName() + ": " + kind + ", " + cells(l.cells()) + " cells";
    }

    /** 2.3e9 style. */
    static String cells(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            return v > 0 ? "inf" : "0";
        }
        int e = (int) Math.floor(Math.log10(v));
        double mant = v / Math.pow(10, e);
        if (Math.round(mant * 10) >= 100) {
            mant /= 10;
            e++;
        }
        return String.format(Locale.ROOT, "%.1fe%d", mant, e);
    }

    // ---------------------------------------------------------------- legend and text

    private static void legend(StringBuilder b) {
        double x = 244;
        double y = 556;
        b.append("<g id=\"legend\" font-size=\"10.5\" fill=\"").append(TEXT).append("\">\n");
        b.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" width=\"108\" height=\"140\" rx=\"7\"")
                .append(" fill=\"#ffffff\" fill-opacity=\"0.9\" stroke=\"#d3d9df\"/>\n");
        b.append("<text x=\"").append(f(x + 10)).append("\" y=\"").append(f(y + 17))
                .append("\" font-weight=\"bold\" font-size=\"11\">Lesions</text>\n");
        String[][] rows = {
            {COLOUR_OSTEOLYTIC, "osteolytic"},
            {COLOUR_OSTEOBLASTIC, "osteoblastic"},
            {COLOUR_MIXED, "mixed"},
            {COLOUR_VISCERAL, "visceral"},
        };
        for (int i = 0; i < rows.length; i++) {
            double cy = y + 33 + i * 16;
            b.append("<circle class=\"legend-swatch\" cx=\"").append(f(x + 16)).append("\" cy=\"").append(f(cy))
                    .append("\" r=\"5.5\" fill=\"").append(rows[i][0]).append("\" fill-opacity=\"0.62\" stroke=\"")
                    .append(rows[i][0]).append("\" stroke-width=\"1.4\"/>\n");
            b.append("<text x=\"").append(f(x + 28)).append("\" y=\"").append(f(cy + 3.6)).append("\">")
                    .append(rows[i][1]).append("</text>\n");
        }
        double sy = y + 114;
        double[] cells = {1e8, 1e9, 1e10};
        double sx = x + 12;
        for (double c : cells) {
            double r = radius(c);
            b.append("<circle cx=\"").append(f(sx + r)).append("\" cy=\"").append(f(sy - r + 4))
                    .append("\" r=\"").append(f(r)).append("\" fill=\"none\" stroke=\"#6d757c\" stroke-width=\"1\"/>\n");
            sx += 2 * r + 5;
        }
        b.append("<text x=\"").append(f(x + 10)).append("\" y=\"").append(f(y + 132))
                .append("\" font-size=\"9.5\" fill=\"#555c63\">size = tumour burden</text>\n");
        b.append("</g>\n");
    }

    private static void text(StringBuilder b, String title) {
        String t = title == null ? "" : title;
        double size = t.length() <= 34 ? 15 : t.length() <= 46 ? 12.5 : 10.5;
        b.append("<text id=\"title\" x=\"").append(f(MIDLINE)).append("\" y=\"26\" text-anchor=\"middle\" font-size=\"")
                .append(f(size)).append("\" font-weight=\"bold\" fill=\"").append(TEXT).append("\">")
                .append(escape(t)).append("</text>\n");
        b.append("<g font-size=\"11\" fill=\"#9aa3ab\" font-weight=\"bold\">")
                .append("<text x=\"14\" y=\"196\">R</text><text x=\"339\" y=\"196\">L</text></g>\n");
        b.append("<text id=\"footer\" x=\"").append(f(MIDLINE)).append("\" y=\"712\" text-anchor=\"middle\" font-size=\"8.5\"")
                .append(" fill=\"#8a9299\">osteomet - research and teaching only, not for clinical decisions</text>\n");
    }

    // ---------------------------------------------------------------- anatomy

    private static void bodyOutline(StringBuilder b) {
        double m = MIDLINE;
        // the viewer's-left half, from the neck round the arm and down the leg to the crotch
        double[][] half = {
            {-15, 124}, {-17, 146}, {-40, 158}, {-72, 166}, {-90, 184}, {-95, 230}, {-99, 285}, {-103, 330},
            {-107, 380}, {-110, 412}, {-104, 446}, {-92, 448}, {-89, 412}, {-86, 372}, {-80, 300}, {-72, 240},
            {-63, 222}, {-60, 262}, {-56, 300}, {-66, 340}, {-72, 380}, {-66, 440}, {-52, 500}, {-50, 560},
            {-40, 650}, {-38, 672}, {-54, 690}, {-16, 692}, {-18, 660}, {-14, 580}, {-12, 510}, {-8, 430},
            {0, 398},
        };
        List<Point> pts = new ArrayList<>();
        for (double[] p : half) {
            pts.add(new Point(m + p[0], p[1]));
        }
        for (int i = half.length - 2; i >= 0; i--) {
            pts.add(new Point(m - half[i][0], half[i][1]));
        }
        b.append("<g id=\"body\" fill=\"#eef3f8\" stroke=\"#d4dde6\" stroke-width=\"1.2\">\n");
        b.append("<path d=\"").append(smoothPath(pts, true)).append("\"/>\n");
        b.append("<ellipse cx=\"").append(f(m)).append("\" cy=\"90\" rx=\"36\" ry=\"44\"/>\n");
        b.append("</g>\n");
    }

    private static void organsBehind(StringBuilder b) {
        double m = MIDLINE;
        b.append("<g id=\"organs\" stroke-width=\"1\">\n");
        // lungs
        for (int s : new int[] {-1, 1}) {
            List<Point> lung = List.of(p(m, s, 12, 178), p(m, s, 26, 172), p(m, s, 44, 192), p(m, s, 52, 232),
                    p(m, s, 54, 266), p(m, s, 34, s < 0 ? 262 : 268), p(m, s, 14, 264), p(m, s, 12, 222));
            b.append("<path class=\"organ lung\" d=\"").append(smoothPath(lung, true))
                    .append("\" fill=\"#f4c9cf\" fill-opacity=\"0.55\" stroke=\"#e3a7b0\" stroke-opacity=\"0.7\"/>\n");
        }
        // lymph nodes: supraclavicular, axillary and inguinal groups
        for (int s : new int[] {-1, 1}) {
            for (double[] n : new double[][] {{27, 160, 3.2, 2.4}, {22, 156, 2.4, 1.9}, {60, 212, 3, 2.2},
                    {56, 220, 2.4, 1.8}, {38, 392, 3, 2.2}, {33, 398, 2.4, 1.8}}) {
                b.append("<ellipse class=\"organ node\" cx=\"").append(f(m + s * n[0])).append("\" cy=\"").append(f(n[1]))
                        .append("\" rx=\"").append(f(n[2])).append("\" ry=\"").append(f(n[3]))
                        .append("\" fill=\"#b6d7a8\" stroke=\"#8db77c\"/>\n");
            }
        }
        b.append("</g>\n");
    }

    /** The liver lies in front of the spine but under the lower ribs: drawn between them. */
    private static void liver(StringBuilder b) {
        double m = MIDLINE;
        // liver, patient's right (viewer's left), under the right dome of the diaphragm
        List<Point> liver = List.of(new Point(m - 54, 266), new Point(m - 30, 258), new Point(m + 10, 262),
                new Point(m + 30, 268), new Point(m + 8, 284), new Point(m - 28, 292), new Point(m - 52, 288));
        b.append("<path class=\"organ liver\" d=\"").append(smoothPath(liver, true))
                .append("\" fill=\"#c98a6b\" fill-opacity=\"0.45\" stroke=\"#b07155\" stroke-opacity=\"0.7\"/>\n");
    }

    private static void organsInFront(StringBuilder b) {
        double m = MIDLINE;
        // the brain, seen through the skull vault
        b.append("<g id=\"brain\" class=\"organ\" fill=\"#f2c4cc\" fill-opacity=\"0.55\" stroke=\"#dfa2ad\" stroke-opacity=\"0.7\">\n");
        b.append("<path d=\"M").append(f(m)).append(" 62 C").append(f(m - 14)).append(" 58 ").append(f(m - 25))
                .append(" 66 ").append(f(m - 25)).append(" 80 C").append(f(m - 25)).append(" 90 ").append(f(m - 15))
                .append(" 94 ").append(f(m)).append(" 92 C").append(f(m + 15)).append(" 94 ").append(f(m + 25))
                .append(" 90 ").append(f(m + 25)).append(" 80 C").append(f(m + 25)).append(" 66 ").append(f(m + 14))
                .append(" 58 ").append(f(m)).append(" 62 Z\"/>\n");
        b.append("<path d=\"M").append(f(m)).append(" 63 L").append(f(m)).append(" 91\" fill=\"none\"/>\n");
        for (int s : new int[] {-1, 1}) {
            b.append("<path d=\"M").append(f(m + s * 6)).append(" 70 q").append(f(s * 6)).append(" 4 ")
                    .append(f(s * 12)).append(" 0 M").append(f(m + s * 8)).append(" 80 q").append(f(s * 6))
                    .append(" 4 ").append(f(s * 13)).append(" 1\" fill=\"none\"/>\n");
        }
        b.append("</g>\n");
    }

    private static void skeleton(StringBuilder b) {
        double m = MIDLINE;
        b.append("<g id=\"skeleton\" stroke-linejoin=\"round\" stroke-linecap=\"round\">\n");

        // scapulae: behind the rib cage, so drawn first and lighter
        for (int s : new int[] {-1, 1}) {
            List<Point> sc = List.of(p(m, s, 30, 178), p(m, s, 50, 172), p(m, s, 62, 176), p(m, s, 60, 192),
                    p(m, s, 52, 222), p(m, s, 40, 252), p(m, s, 33, 246), p(m, s, 28, 205));
            b.append("<path class=\"bone scapula\" d=\"").append(smoothPath(sc, true)).append("\" fill=\"").append(BONE_FILL)
                    .append("\" fill-opacity=\"0.8\" stroke=\"").append(BONE_LINE).append("\" stroke-width=\"1\"/>\n");
        }

        // spine
        b.append("<g class=\"bone spine\" fill=\"").append(BONE_FILL).append("\" stroke=\"").append(BONE_LINE)
                .append("\" stroke-width=\"1\">\n");
        vertebrae(b, 7, 128, 168, 15, 16);     // cervical
        vertebrae(b, 12, 168, 270, 17, 24);    // thoracic
        vertebrae(b, 5, 270, 332, 27, 32);     // lumbar
        b.append("</g>\n");
        liver(b);

        // ribs: posterior arcs from the spine, then the anterior arcs down to the costal cartilages
        double[] half = {32, 43, 50, 54, 57, 58, 58, 57, 54, 50};
        double spacing = 10.6;
        StringBuilder ribsOutline = new StringBuilder();
        StringBuilder ribsFill = new StringBuilder();
        StringBuilder cartilage = new StringBuilder();
        for (int s : new int[] {-1, 1}) {
            List<Point> margin = new ArrayList<>();
            margin.add(new Point(m + s * 6, 240));
            for (int i = 0; i < half.length; i++) {
                double y0 = 173 + i * spacing;
                double w = half[i];
                // true ribs (1-7) start at the sternum, false ribs at the costal margin
                double xs = i < 7 ? 9 : 9 + (i - 6) * 10.5;
                double ys = i < 7 ? y0 : y0 + 4;
                String d = "M" + f(m + s * xs) + " " + f(ys) + " C" + f(m + s * (xs + (w - xs) * 0.55)) + " "
                        + f(y0 - 7) + " " + f(m + s * w * 1.02) + " " + f(y0 + 2) + " " + f(m + s * w * 0.98) + " "
                        + f(y0 + 19);
                ribsOutline.append("<path d=\"").append(d).append("\"/>");
                ribsFill.append("<path d=\"").append(d).append("\"/>");
                if (i >= 7) {
                    margin.add(new Point(m + s * xs, ys));
                }
            }
            cartilage.append("<path d=\"").append(smoothPath(margin, false)).append("\"/>");
        }
        b.append("<g class=\"costal-cartilage\" fill=\"none\" stroke=\"#d9cfb6\" stroke-width=\"2.6\" stroke-opacity=\"0.9\">")
                .append(cartilage).append("</g>\n");
        b.append("<g class=\"bone ribs\" fill=\"none\" stroke=\"").append(BONE_LINE).append("\" stroke-width=\"4.8\">")
                .append(ribsOutline).append("</g>\n");
        b.append("<g fill=\"none\" stroke=\"").append(BONE_FILL).append("\" stroke-width=\"2.9\">")
                .append(ribsFill).append("</g>\n");

        // sternum: manubrium, body, xiphoid
        b.append("<path class=\"bone sternum\" d=\"M").append(f(m - 11)).append(" 172 L").append(f(m + 11))
                .append(" 172 L").append(f(m + 8)).append(" 188 L").append(f(m + 7)).append(" 236 Q").append(f(m))
                .append(" 244 ").append(f(m - 7)).append(" 236 L").append(f(m - 8)).append(" 188 Z\" fill=\"")
                .append(BONE_FILL).append("\" stroke=\"").append(BONE_LINE).append("\" stroke-width=\"1.1\"/>\n");
        b.append("<path d=\"M").append(f(m - 8)).append(" 188 L").append(f(m + 8)).append(" 188 M").append(f(m - 3))
                .append(" 244 L").append(f(m)).append(" 254 L").append(f(m + 3)).append(" 244\" fill=\"none\" stroke=\"")
                .append(BONE_LINE).append("\" stroke-width=\"1\"/>\n");

        // clavicles: S-shaped, sternum to acromion
        for (int s : new int[] {-1, 1}) {
            String d = "M" + f(m + s * 10) + " 173 C" + f(m + s * 26) + " 164 " + f(m + s * 44) + " 172 "
                    + f(m + s * 68) + " 165";
            bone(b, "bone clavicle", List.of(stroke(d, 6)), true);
        }

        // pelvis: the two hip bones (ilium, pubis, ischium) with the obturator foramen, then the sacrum
        for (int s : new int[] {-1, 1}) {
            List<Point> hip = List.of(p(m, s, 18, 332), p(m, s, 24, 318), p(m, s, 44, 306), p(m, s, 62, 310),
                    p(m, s, 66, 326), p(m, s, 56, 340), p(m, s, 50, 352), p(m, s, 44, 368), p(m, s, 30, 384),
                    p(m, s, 22, 392), p(m, s, 8, 386), p(m, s, 4, 372), p(m, s, 14, 364), p(m, s, 26, 360),
                    p(m, s, 32, 350), p(m, s, 26, 344));
            b.append("<path class=\"bone pelvis\" fill-rule=\"evenodd\" d=\"").append(smoothPath(hip, true))
                    .append(' ').append(ellipsePath(m + s * 24, 375, 8, 6.5)).append("\" fill=\"").append(BONE_FILL)
                    .append("\" stroke=\"").append(BONE_LINE).append("\" stroke-width=\"1.1\"/>\n");
            // iliac fossa shading
            b.append("<path d=\"M").append(f(m + s * 28)).append(" 322 Q").append(f(m + s * 46)).append(" 312 ")
                    .append(f(m + s * 58)).append(" 322\" fill=\"none\" stroke=\"#d9cfb6\" stroke-width=\"1.2\"/>\n");
        }
        List<Point> sacrum = List.of(new Point(m - 20, 332), new Point(m + 20, 332), new Point(m + 14, 356),
                new Point(m + 4, 378), new Point(m - 4, 378), new Point(m - 14, 356));
        b.append("<path class=\"bone sacrum\" d=\"").append(smoothPath(sacrum, true)).append("\" fill=\"").append(BONE_FILL)
                .append("\" stroke=\"").append(BONE_LINE).append("\" stroke-width=\"1.1\"/>\n");
        for (int i = 0; i < 4; i++) {
            double y = 341 + i * 9;
            double dx = 8 - i * 1.6;
            b.append("<circle cx=\"").append(f(m - dx)).append("\" cy=\"").append(f(y)).append("\" r=\"1.6\" fill=\"#d9cfb6\"/>")
                    .append("<circle cx=\"").append(f(m + dx)).append("\" cy=\"").append(f(y)).append("\" r=\"1.6\" fill=\"#d9cfb6\"/>\n");
        }
        b.append("<path d=\"M").append(f(m)).append(" 380 L").append(f(m)).append(" 388\" stroke=\"").append(BONE_LINE)
                .append("\" stroke-width=\"3\"/>\n");

        for (int s : new int[] {-1, 1}) {
            // humerus: head and greater tubercle at the shoulder, shaft, epicondyles at the elbow
            bone(b, "bone humerus", List.of(
                    circle(m + s * 66, 181, 10), circle(m + s * 75, 186, 6.5),
                    stroke(line(m + s * 71, 186, m + s * 80, 280), 9),
                    ellipse(m + s * 80, 284, 12, 5.5)), true);
            // forearm and hand (not in the atlas: lighter)
            bone(b, "bone forearm", List.of(
                    stroke(line(m + s * 76, 290, m + s * 88, 374), 5),
                    stroke(line(m + s * 86, 290, m + s * 96, 372), 4.5),
                    ellipse(m + s * 92, 382, 9, 6)), false);
            for (int fgr = 0; fgr < 4; fgr++) {
                double x0 = m + s * (86 + fgr * 3.6);
                bone(b, "bone hand", List.of(stroke(line(x0, 388, x0 + s * (fgr * 0.8 - 0.6), 428 - Math.abs(fgr - 1.5) * 3), 2.6)), false);
            }
            bone(b, "bone hand", List.of(stroke(line(m + s * 84, 386, m + s * 78, 408), 2.6)), false);
            // femur: head in the acetabulum, neck, greater and lesser trochanters, shaft, condyles
            bone(b, "bone femur", List.of(
                    circle(m + s * 38, 354, 10),
                    stroke(line(m + s * 40, 356, m + s * 55, 370), 10),
                    circle(m + s * 60, 366, 7.5), circle(m + s * 48, 383, 4.2),
                    stroke(line(m + s * 56, 370, m + s * 34, 494), 10.5),
                    ellipse(m + s * 40, 500, 9, 8), ellipse(m + s * 26, 501, 9, 8)), true);
            // patella, tibia, fibula, foot (lighter)
            bone(b, "bone leg", List.of(
                    ellipse(m + s * 33, 516, 14, 5),
                    stroke(line(m + s * 32, 518, m + s * 30, 654), 9.5),
                    ellipse(m + s * 28, 660, 8, 5)), false);
            bone(b, "bone leg", List.of(stroke(line(m + s * 47, 522, m + s * 42, 660), 3.8)), false);
            bone(b, "bone patella", List.of(ellipse(m + s * 33, 496, 6, 7)), false);
            bone(b, "bone foot", List.of(ellipse(m + s * 32, 672, 10, 6)), false);
            for (int t = 0; t < 5; t++) {
                double x0 = m + s * (26 + t * 4);
                bone(b, "bone foot", List.of(stroke(line(x0, 676, x0 + s * (2 + t * 1.8), 690), 2.6)), false);
            }
        }

        // mandible: the jaw's body from angle to angle round the chin (its rami hidden behind the cheekbones)
        b.append("<path class=\"bone mandible\" d=\"M").append(f(m - 22)).append(" 110 Q").append(f(m - 22)).append(" 134 ")
                .append(f(m)).append(" 138 Q").append(f(m + 22)).append(" 134 ").append(f(m + 22)).append(" 110 Z\" fill=\"")
                .append(BONE_FILL).append("\" stroke=\"").append(BONE_LINE).append("\" stroke-width=\"1.2\"/>\n");
        // cranium: vault, orbits, nasal aperture, cheekbones and teeth
        b.append("<g class=\"bone cranium\" stroke=\"").append(BONE_LINE).append("\" stroke-width=\"1.2\">\n");
        b.append("<path d=\"M").append(f(m)).append(" 52 C").append(f(m - 20)).append(" 52 ").append(f(m - 30))
                .append(" 68 ").append(f(m - 30)).append(" 86 C").append(f(m - 30)).append(" 104 ").append(f(m - 24))
                .append(" 116 ").append(f(m - 14)).append(" 120 L").append(f(m + 14)).append(" 120 C").append(f(m + 24))
                .append(" 116 ").append(f(m + 30)).append(" 104 ").append(f(m + 30)).append(" 86 C").append(f(m + 30))
                .append(" 68 ").append(f(m + 20)).append(" 52 ").append(f(m)).append(" 52 Z\" fill=\"").append(BONE_FILL)
                .append("\"/>\n");
        b.append("</g>\n");
        b.append("<g fill=\"#d8ccb2\" stroke=\"").append(BONE_LINE).append("\" stroke-width=\"0.8\">\n");
        for (int s : new int[] {-1, 1}) {
            b.append("<ellipse cx=\"").append(f(m + s * 11)).append("\" cy=\"97\" rx=\"8\" ry=\"6.5\"/>\n");
        }
        b.append("<path d=\"M").append(f(m)).append(" 103 L").append(f(m - 4)).append(" 112 L").append(f(m + 4))
                .append(" 112 Z\"/>\n");
        b.append("<path d=\"M").append(f(m - 12)).append(" 121 L").append(f(m + 12)).append(" 121\" fill=\"none\"/>\n");
        b.append("</g>\n");

        b.append("</g>\n");
    }

    private static void vertebrae(StringBuilder b, int n, double top, double bottom, double w0, double w1) {
        double step = (bottom - top) / n;
        for (int i = 0; i < n; i++) {
            double w = w0 + (w1 - w0) * i / Math.max(1, n - 1);
            double h = step - 1.6;
            b.append("<rect x=\"").append(f(MIDLINE - w / 2)).append("\" y=\"").append(f(top + i * step + 0.8))
                    .append("\" width=\"").append(f(w)).append("\" height=\"").append(f(h)).append("\" rx=\"")
                    .append(f(Math.min(3, h / 2.5))).append("\"/>\n");
        }
    }

    // ---------------------------------------------------------------- drawing helpers

    /** One element of a bone, given as an SVG element with a placeholder for its paint (see {@link #bone}). */
    private record Part(String element, boolean stroked, double size) {
    }

    private static Part circle(double cx, double cy, double r) {
        return new Part("<circle cx=\"" + f(cx) + "\" cy=\"" + f(cy) + "\" r=\"" + f(r) + "\"", false, 0);
    }

    private static Part ellipse(double cx, double cy, double rx, double ry) {
        return new Part("<ellipse cx=\"" + f(cx) + "\" cy=\"" + f(cy) + "\" rx=\"" + f(rx) + "\" ry=\"" + f(ry) + "\"", false, 0);
    }

    private static Part stroke(String d, double width) {
        return new Part("<path d=\"" + d + "\" fill=\"none\"", true, width);
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "M" + f(x1) + " " + f(y1) + " L" + f(x2) + " " + f(y2);
    }

    /**
     * Draws a bone made of overlapping parts as one silhouette: all parts in the outline colour, slightly
     * enlarged, then all parts in the bone colour on top, so that internal joins vanish.
     */
    private static void bone(StringBuilder b, String cls, List<Part> parts, boolean atlas) {
        String line = atlas ? BONE_LINE : FAINT_BONE_LINE;
        String fill = atlas ? BONE_FILL : FAINT_BONE_FILL;
        double edge = 2.2;
        b.append("<g class=\"").append(cls).append("\">");
        for (Part p : parts) {
            if (p.stroked()) {
                b.append(p.element()).append(" stroke=\"").append(line).append("\" stroke-width=\"")
                        .append(f(p.size() + edge)).append("\"/>");
            } else {
                b.append(p.element()).append(" fill=\"").append(fill).append("\" stroke=\"").append(line)
                        .append("\" stroke-width=\"").append(f(edge)).append("\"/>");
            }
        }
        for (Part p : parts) {
            if (p.stroked()) {
                b.append(p.element()).append(" stroke=\"").append(fill).append("\" stroke-width=\"")
                        .append(f(p.size())).append("\"/>");
            } else {
                b.append(p.element()).append(" fill=\"").append(fill).append("\"/>");
            }
        }
        b.append("</g>\n");
    }

    private static Point p(double m, int side, double dx, double y) {
        return new Point(m + side * dx, y);
    }

    /** A closed or open Catmull-Rom spline through the points, as cubic Beziers. */
    private static String smoothPath(List<Point> pts, boolean closed) {
        int n = pts.size();
        StringBuilder d = new StringBuilder();
        d.append('M').append(f(pts.get(0).x())).append(' ').append(f(pts.get(0).y()));
        int segments = closed ? n : n - 1;
        for (int i = 0; i < segments; i++) {
            Point p0 = pts.get(closed ? (i - 1 + n) % n : Math.max(0, i - 1));
            Point p1 = pts.get(i);
            Point p2 = pts.get((i + 1) % n);
            Point p3 = pts.get(closed ? (i + 2) % n : Math.min(n - 1, i + 2));
            double t = 1.0 / 6;
            d.append(" C").append(f(p1.x() + (p2.x() - p0.x()) * t)).append(' ').append(f(p1.y() + (p2.y() - p0.y()) * t))
                    .append(' ').append(f(p2.x() - (p3.x() - p1.x()) * t)).append(' ').append(f(p2.y() - (p3.y() - p1.y()) * t))
                    .append(' ').append(f(p2.x())).append(' ').append(f(p2.y()));
        }
        if (closed) {
            d.append(" Z");
        }
        return d.toString();
    }

    private static String ellipsePath(double cx, double cy, double rx, double ry) {
        return "M" + f(cx - rx) + " " + f(cy) + " a" + f(rx) + " " + f(ry) + " 0 1 0 " + f(2 * rx) + " 0 a" + f(rx)
                + " " + f(ry) + " 0 1 0 " + f(-2 * rx) + " 0 Z";
    }

    private static String f(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        return Double.toString(r);
    }

    /** Escapes text for XML element content and attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append(' '); // not allowed in XML 1.0
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
