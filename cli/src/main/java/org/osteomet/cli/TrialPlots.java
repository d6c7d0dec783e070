package org.osteomet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.osteomet.trial.TrialResult;
import org.osteomet.trial.TrialResult.ArmResult;
import org.osteomet.trial.TrialResult.Curve;
import org.osteomet.trial.TrialResult.Estimate;

/**
 * Kaplan-Meier step plots of a trial, one series per arm, x in months, y survival 0..1, legend with the median:
 * km_first_sre.(png|svg) and km_overall_survival.(png|svg), in the style of {@link BurdenPlot}.
 */
final class TrialPlots {
    static final double DAYS_PER_MONTH = 30.4375;

    private TrialPlots() {
    }

    /** Writes both Kaplan-Meier plots into dir (created if needed). */
    static void write(TrialResult result, Path dir) throws IOException {
        Files.createDirectories(dir);
        plot(result.arms(), true, dir, "km_first_sre", "Time to first skeletal-related event",
                "proportion without SRE");
        plot(result.arms(), false, dir, "km_overall_survival", "Overall survival", "proportion alive");
    }

    private static void plot(List<ArmResult> arms, boolean firstSre, Path dir, String stem, String title,
            String yTitle) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(520).title(title)
                .xAxisTitle("months from randomisation").yAxisTitle(yTitle).build();
        chart.getStyler().setXAxisDecimalPattern("#");
        chart.getStyler().setYAxisDecimalPattern("0.0");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setXAxisMin(0.0);
        Set<String> names = new HashSet<>();
        for (ArmResult a : arms) {
            Curve c = firstSre ? a.firstSreCurve() : a.overallSurvivalCurve();
            Estimate med = firstSre ? a.timeToFirstSreDays() : a.overallSurvivalDays();
            String name = a.arm() + " (median " + (Double.isFinite(med.value())
                    ? String.format(Locale.ROOT, "%.1f months", med.value() / DAYS_PER_MONTH) : "not reached") + ")";
            String unique = name;
            for (int i = 2; !names.add(unique); i++) { // XChart needs distinct series names
                unique = name + " #" + i;
            }
            double[][] xy = steps(c);
            XYSeries s = chart.addSeries(unique, xy[0], xy[1]);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineWidth(2f);
        }
        BitmapEncoder.saveBitmap(chart, dir.resolve(stem + ".png").toString(), BitmapEncoder.BitmapFormat.PNG);
        Path svg = dir.resolve(stem + ".svg");
        VectorGraphicsEncoder.saveVectorGraphic(chart, svg.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        // XChart draws text as outlines: add a <title> and <desc> so the file stays searchable (as ClinicalPlots)
        String desc = "x: " + chart.getXAxisTitle() + "; y: " + chart.getYAxisTitle() + "; series: "
                + String.join("; ", chart.getSeriesMap().keySet());
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        int root = text.indexOf("<svg");
        int end = root < 0 ? -1 : text.indexOf('>', root);
        if (end > 0) {
            String meta = "\n  <title>" + xml(title) + "</title>\n  <desc>" + xml(desc) + "</desc>";
            Files.writeString(svg, text.substring(0, end + 1) + meta + text.substring(end + 1), StandardCharsets.UTF_8);
        }
    }

    /** The step function as a polyline: each drop is a vertical segment at the event time. x in months. */
    static double[][] steps(Curve c) {
        double[] t = c.time();
        double[] s = c.survival();
        double[] x = new double[2 * t.length];
        double[] y = new double[2 * t.length];
        int k = 0;
        for (int i = 0; i < t.length; i++) {
            if (i > 0 && s[i] != s[i - 1]) { // horizontal run to the drop, then the drop
                x[k] = t[i] / DAYS_PER_MONTH;
                y[k++] = s[i - 1];
            }
            x[k] = t[i] / DAYS_PER_MONTH;
            y[k++] = s[i];
        }
        if (k == 1) { // a single point cannot be drawn as a line
            return new double[][] {{x[0], x[0] + 1e-9}, {y[0], y[0]}};
        }
        return new double[][] {java.util.Arrays.copyOf(x, k), java.util.Arrays.copyOf(y, k)};
    }

    private static String xml(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
