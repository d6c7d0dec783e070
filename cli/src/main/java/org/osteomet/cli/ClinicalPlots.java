package org.osteomet.cli;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Clinical time courses of one patient (serum calcium, bone mass by site) as PNG and SVG, in the style of {@link BurdenPlot}. */
final class ClinicalPlots {
    /** Upper limit of normal for total serum calcium, mmol/L. */
    static final double CALCIUM_ULN = 2.6;

    /** CTCAE hypercalcaemia thresholds (mmol/L), each drawn as a dashed horizontal line named as here. */
    private record Threshold(String name, double level, Color colour) {
    }

    private static final Threshold[] CALCIUM_THRESHOLDS = {
        new Threshold("upper limit of normal (2.6)", CALCIUM_ULN, new Color(0x7f, 0x8c, 0x8d)),
        new Threshold("grade 2 (>2.9)", 2.9, new Color(0xe0, 0xa1, 0x00)),
        new Threshold("grade 3 (>3.1)", 3.1, new Color(0xe6, 0x6a, 0x1f)),
        new Threshold("grade 4 (>3.4)", 3.4, new Color(0xc0, 0x22, 0x22)),
    };

    private ClinicalPlots() {
    }

    /** Serum calcium over time with the CTCAE hypercalcaemia grade thresholds: calcium.png and calcium.svg in dir. */
    static void serumCalcium(double[] months, double[] serumCalciumMmolL, Path dir) throws IOException {
        checkSeries("serum calcium", months, serumCalciumMmolL);
        XYChart chart = new XYChartBuilder().width(900).height(520).title("Serum calcium")
                .xAxisTitle("months from entry").yAxisTitle("serum calcium (mmol/L)").build();
        style(chart);
        double lo = 2.0;
        double hi = 3.6;
        for (double v : serumCalciumMmolL) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, Math.floor(v * 10 - 1) / 10);
                hi = Math.max(hi, Math.ceil(v * 10 + 1) / 10);
            }
        }
        chart.getStyler().setYAxisMin(lo);
        chart.getStyler().setYAxisMax(hi);
        XYSeries ca = chart.addSeries("serum calcium", months, serumCalciumMmolL);
        ca.setMarker(SeriesMarkers.NONE);
        ca.setLineColor(new Color(0x1f, 0x4e, 0x9a));
        ca.setLineWidth(2.5f);
        double x0 = months.length == 0 ? 0 : months[0];
        double x1 = months.length == 0 ? 1 : months[months.length - 1];
        if (x1 <= x0) {
            x1 = x0 + 1;
        }
        for (Threshold t : CALCIUM_THRESHOLDS) {
            XYSeries s = chart.addSeries(t.name(), new double[] {x0, x1}, new double[] {t.level(), t.level()});
            s.setMarker(SeriesMarkers.NONE);
            s.setLineStyle(SeriesLines.DASH_DASH);
            s.setLineColor(t.colour());
            s.setLineWidth(1.5f);
        }
        save(chart, dir, "calcium");
    }

    /** Bone mass (percent of healthy) over time, one line per site given: bone_mass.png and bone_mass.svg in dir. */
    static void boneMass(double[] months, Map<String, double[]> boneMassPercentBySite, Path dir) throws IOException {
        Objects.requireNonNull(boneMassPercentBySite, "boneMassPercentBySite");
        XYChart chart = new XYChartBuilder().width(900).height(520).title("Bone mass by site")
                .xAxisTitle("months from entry").yAxisTitle("bone mass (% of healthy)").build();
        style(chart);
        for (Map.Entry<String, double[]> e : boneMassPercentBySite.entrySet()) {
            checkSeries(e.getKey(), months, e.getValue());
            XYSeries s = chart.addSeries(e.getKey(), months, e.getValue());
            s.setMarker(SeriesMarkers.NONE);
        }
        if (boneMassPercentBySite.isEmpty()) { // XChart cannot draw a chart without series
            XYSeries s = chart.addSeries("no sites", new double[] {0, 1}, new double[] {100, 100});
            s.setMarker(SeriesMarkers.NONE);
            s.setLineStyle(SeriesLines.DOT_DOT);
            s.setLineColor(Color.LIGHT_GRAY);
        }
        save(chart, dir, "bone_mass");
    }

    private static void style(XYChart chart) {
        chart.getStyler().setXAxisDecimalPattern("#");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setMarkerSize(0);
    }

    private static void checkSeries(String name, double[] x, double[] y) {
        Objects.requireNonNull(x, "months");
        Objects.requireNonNull(y, name);
        if (x.length != y.length) {
            throw new IllegalArgumentException(name + ": " + y.length + " values for " + x.length + " time points");
        }
    }

    private static void save(XYChart chart, Path dir, String stem) throws IOException {
        BitmapEncoder.saveBitmap(chart, dir.resolve(stem + ".png").toString(), BitmapEncoder.BitmapFormat.PNG);
        Path svg = dir.resolve(stem + ".svg");
        VectorGraphicsEncoder.saveVectorGraphic(chart, svg.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        // XChart draws text as glyph outlines: add a <title> and <desc> naming the axes and series, so that the
        // file stays searchable and accessible
        StringBuilder desc = new StringBuilder();
        desc.append("x: ").append(chart.getXAxisTitle()).append("; y: ").append(chart.getYAxisTitle()).append("; series: ");
        desc.append(String.join("; ", chart.getSeriesMap().keySet()));
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        int root = text.indexOf("<svg");
        int end = root < 0 ? -1 : text.indexOf('>', root);
        if (end > 0) {
            String meta = "\n  <title>" + xml(chart.getTitle()) + "</title>\n  <desc>" + xml(desc.toString()) + "</desc>";
            Files.writeString(svg, text.substring(0, end + 1) + meta + text.substring(end + 1), StandardCharsets.UTF_8);
        }
    }

    private static String xml(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
