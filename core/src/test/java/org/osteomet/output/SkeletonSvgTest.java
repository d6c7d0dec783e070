package org.osteomet.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.osteomet.anatomy.Site;
import org.osteomet.bone.LesionType;
import org.osteomet.output.SkeletonSvg.Lesion;
import org.osteomet.output.SkeletonSvg.Point;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SkeletonSvgTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> lesionCircles(Document d) {
        List<Element> out = new ArrayList<>();
        NodeList circles = d.getElementsByTagNameNS("*", "circle");
        for (int i = 0; i < circles.getLength(); i++) {
            Element e = (Element) circles.item(i);
            if ("lesion".equals(e.getAttribute("class"))) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element byId(Document d, String tag, String id) {
        NodeList nodes = d.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    @Test
    void oneCircleOfTheRightColourPerLesion() throws Exception {
        List<Lesion> lesions = List.of(
                new Lesion(Site.THORACIC_SPINE, LesionType.OSTEOLYTIC, 5e9),
                new Lesion(Site.PELVIS, LesionType.OSTEOBLASTIC, 2e10),
                new Lesion(Site.RIBS, LesionType.MIXED, 1e9),
                new Lesion(Site.FEMUR_LEFT, LesionType.OSTEOLYTIC, 3e10),
                new Lesion(Site.LIVER, null, 4e10),
                new Lesion(Site.THORACIC_SPINE, LesionType.OSTEOBLASTIC, 2e8));
        Document d = parse(SkeletonSvg.render(lesions, "example"));
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
        List<Element> circles = lesionCircles(d);
        assertThat(circles).hasSize(lesions.size());

        // circles are drawn largest first; match them back by tooltip
        for (Lesion l : lesions) {
            String tip = SkeletonSvg.tooltip(l);
            Element c = circles.stream()
                    .filter(e -> e.getElementsByTagNameNS("*", "title").item(0).getTextContent().equals(tip))
                    .findFirst().orElseThrow(() -> new AssertionError("no circle titled " + tip));
            String expected = switch (l.type() == null ? "visceral" : l.type().word()) {
                case "osteolytic" -> SkeletonSvg.COLOUR_OSTEOLYTIC;
                case "osteoblastic" -> SkeletonSvg.COLOUR_OSTEOBLASTIC;
                case "mixed" -> SkeletonSvg.COLOUR_MIXED;
                default -> SkeletonSvg.COLOUR_VISCERAL;
            };
            assertThat(c.getAttribute("fill")).as(tip).isEqualTo(expected);
            assertThat(c.getAttribute("data-site")).isEqualTo(l.site().code());
            assertThat(Double.parseDouble(c.getAttribute("r"))).isCloseTo(SkeletonSvg.radius(l.cells()), within(0.06));
        }
        assertThat(SkeletonSvg.tooltip(lesions.get(0))).isEqualTo("thoracic spine: osteolytic, 5.0e9 cells");
        assertThat(SkeletonSvg.tooltip(lesions.get(4))).isEqualTo("liver: visceral, 4.0e10 cells");

        // two lesions at one site do not sit on top of each other
        List<Element> spine = circles.stream().filter(e -> e.getAttribute("data-site").equals("thoracic_spine")).toList();
        assertThat(spine).hasSize(2);
        assertThat(spine.get(0).getAttribute("cx") + "," + spine.get(0).getAttribute("cy"))
                .isNotEqualTo(spine.get(1).getAttribute("cx") + "," + spine.get(1).getAttribute("cy"));
    }

    @Test
    void radiusGrowsWithLogCellsBetweenClamps() {
        assertThat(SkeletonSvg.radius(1e8)).isCloseTo(3, within(1e-9));
        assertThat(SkeletonSvg.radius(1e11)).isCloseTo(18, within(1e-9));
        assertThat(SkeletonSvg.radius(1e5)).isCloseTo(3, within(1e-9));
        assertThat(SkeletonSvg.radius(1e13)).isCloseTo(18, within(1e-9));
        assertThat(SkeletonSvg.radius(0)).isCloseTo(3, within(1e-9));
        assertThat(SkeletonSvg.radius(1e10)).isGreaterThan(SkeletonSvg.radius(1e9));
        assertThat(SkeletonSvg.cells(2.345e9)).isEqualTo("2.3e9");
        assertThat(SkeletonSvg.cells(9.97e9)).isEqualTo("1.0e10");
    }

    @Test
    void jitterIsDeterministic() {
        assertThat(SkeletonSvg.render(List.of(new Lesion(Site.LUMBAR_SPINE, LesionType.MIXED, 1e9),
                new Lesion(Site.LUMBAR_SPINE, LesionType.MIXED, 1e9)), "x"))
                .isEqualTo(SkeletonSvg.render(List.of(new Lesion(Site.LUMBAR_SPINE, LesionType.MIXED, 1e9),
                        new Lesion(Site.LUMBAR_SPINE, LesionType.MIXED, 1e9)), "x"));
        for (Site s : Site.ALL) {
            for (int k = 0; k < 12; k++) {
                Point p = SkeletonSvg.position(s, k);
                assertThat(p.x()).isBetween(0.0, (double) SkeletonSvg.WIDTH);
                assertThat(p.y()).isBetween(0.0, (double) SkeletonSvg.HEIGHT);
            }
        }
    }

    @Test
    void noLesionsStillDrawsSkeletonLegendAndFooter() throws Exception {
        String svg = SkeletonSvg.render(List.of(), "no metastases");
        Document d = parse(svg);
        assertThat(lesionCircles(d)).isEmpty();
        assertThat(byId(d, "g", "skeleton")).isNotNull();
        assertThat(byId(d, "g", "skeleton").getElementsByTagNameNS("*", "*").getLength()).isGreaterThan(50);
        assertThat(byId(d, "g", "legend")).isNotNull();
        assertThat(byId(d, "g", "legend").getTextContent()).contains("osteolytic", "osteoblastic", "mixed",
                "size = tumour burden");
        assertThat(byId(d, "text", "footer").getTextContent())
                .isEqualTo("osteomet - research and teaching only, not for clinical decisions");
        assertThat(byId(d, "text", "title").getTextContent()).isEqualTo("no metastases");
        assertThat(svg).doesNotContain("<script").doesNotContain("href");
    }

    @Test
    void textIsEscaped() throws Exception {
        String title = "a <b> & \"c\" 'd'";
        String svg = SkeletonSvg.render(List.of(new Lesion(Site.BRAIN, null, 1e9)), title);
        assertThat(svg).contains("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;").doesNotContain("<b>");
        Document d = parse(svg);
        assertThat(byId(d, "text", "title").getTextContent()).isEqualTo(title);
        assertThat(SkeletonSvg.render(List.of(), null)).contains("<svg");
    }

    @Test
    void everySiteHasAnAnchorInsideTheCanvasAndPairedBonesAreMirrored() {
        for (Site s : Site.ALL) {
            Point p = SkeletonSvg.anchor(s);
            assertThat(p).as(s.code()).isNotNull();
            assertThat(p.x()).as(s.code()).isStrictlyBetween(0.0, (double) SkeletonSvg.WIDTH);
            assertThat(p.y()).as(s.code()).isStrictlyBetween(0.0, (double) SkeletonSvg.HEIGHT);
        }
        assertMirrored(Site.HUMERUS_LEFT, Site.HUMERUS_RIGHT);
        assertMirrored(Site.FEMUR_LEFT, Site.FEMUR_RIGHT);
        // patient's right is on the viewer's left, as on a radiograph
        assertThat(SkeletonSvg.anchor(Site.FEMUR_RIGHT).x()).isLessThan(SkeletonSvg.MIDLINE);
        // midline structures sit on the midline
        for (Site s : List.of(Site.CRANIUM, Site.MANDIBLE, Site.CERVICAL_SPINE, Site.THORACIC_SPINE, Site.LUMBAR_SPINE, Site.SACRUM,
                Site.STERNUM)) {
            assertThat(SkeletonSvg.anchor(s).x()).as(s.code()).isCloseTo(SkeletonSvg.MIDLINE, within(1e-9));
        }
        // head to foot: the jaw below the skull vault, then the spine levels
        assertThat(SkeletonSvg.anchor(Site.CRANIUM).y()).isLessThan(SkeletonSvg.anchor(Site.MANDIBLE).y());
        assertThat(SkeletonSvg.anchor(Site.MANDIBLE).y()).isLessThan(SkeletonSvg.anchor(Site.CERVICAL_SPINE).y());
        assertThat(SkeletonSvg.anchor(Site.CERVICAL_SPINE).y()).isLessThan(SkeletonSvg.anchor(Site.THORACIC_SPINE).y());
        assertThat(SkeletonSvg.anchor(Site.THORACIC_SPINE).y()).isLessThan(SkeletonSvg.anchor(Site.LUMBAR_SPINE).y());
        assertThat(SkeletonSvg.anchor(Site.LUMBAR_SPINE).y()).isLessThan(SkeletonSvg.anchor(Site.SACRUM).y());
        assertThat(SkeletonSvg.anchor(Site.SACRUM).y()).isLessThan(SkeletonSvg.anchor(Site.FEMUR_LEFT).y());
    }

    @Test
    void theMandibleIsDrawnAsItsOwnBoneBelowTheCraniumWithItsLesionsOnIt() throws Exception {
        List<Lesion> lesions = List.of(new Lesion(Site.MANDIBLE, LesionType.OSTEOLYTIC, 2e8),
                new Lesion(Site.MANDIBLE, LesionType.OSTEOLYTIC, 2e8), new Lesion(Site.CRANIUM, LesionType.MIXED, 2e8));
        Document d = parse(SkeletonSvg.render(lesions, "jaw"));
        Element mandible = byClass(d, "bone mandible");
        Element cranium = byClass(d, "bone cranium");
        assertThat(mandible).as("an element of class 'bone mandible'").isNotNull();
        assertThat(cranium).isNotNull();
        // the jaw's outline: its lowest point (the chin) lies below the vault, on the midline
        double chin = Double.NEGATIVE_INFINITY;
        String[] numbers = mandible.getAttribute("d").replaceAll("[A-Za-z]", " ").trim().split("\\s+");
        for (int i = 1; i < numbers.length; i += 2) {
            chin = Math.max(chin, Double.parseDouble(numbers[i]));
        }
        Point anchor = SkeletonSvg.anchor(Site.MANDIBLE);
        assertThat(anchor.y()).isGreaterThan(SkeletonSvg.anchor(Site.CRANIUM).y()).isLessThan(chin);
        List<Element> onJaw = lesionCircles(d).stream().filter(e -> e.getAttribute("data-site").equals("mandible")).toList();
        assertThat(onJaw).hasSize(2);
        for (Element c : onJaw) {
            assertThat(Double.parseDouble(c.getAttribute("cy"))).isGreaterThan(SkeletonSvg.anchor(Site.CRANIUM).y()).isLessThan(chin);
        }
        assertThat(SkeletonSvg.tooltip(lesions.get(0))).isEqualTo("mandible: osteolytic, 2.0e8 cells");
    }

    private static Element byClass(Document d, String cls) {
        NodeList nodes = d.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cls.equals(e.getAttribute("class"))) {
                return e;
            }
        }
        return null;
    }

    private static void assertMirrored(Site left, Site right) {
        Point l = SkeletonSvg.anchor(left);
        Point r = SkeletonSvg.anchor(right);
        assertThat(l.x() + r.x()).as(left.code()).isCloseTo(2 * SkeletonSvg.MIDLINE, within(1e-9));
        assertThat(l.y()).as(left.code()).isCloseTo(r.y(), within(1e-9));
        assertThat(l.x()).isGreaterThan(SkeletonSvg.MIDLINE);
    }
}
