package org.osteomet.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.osteomet.anatomy.Site;
import org.osteomet.output.TrajectoryRecorder;
import org.osteomet.sim.PatientOutcome;

/** Tumour burden per site over time, log scale, as PNG and SVG. */
final class BurdenPlot {
    /** Sites below this many cells throughout are left off the plot (micrometastases only). */
    private static final double MIN_PLOTTED_CELLS = 1e7;
    private static final double FLOOR_CELLS = 1e5;

    private BurdenPlot() {
    }

    static void write(TrajectoryRecorder t, PatientOutcome o, Path dir, String title) throws IOException {
        double[] days = t.days(o);
        double[] months = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            months[i] = days[i] / 30.4375;
        }
        XYChart chart = new XYChartBuilder().width(900).height(520).title(title)
                .xAxisTitle("months from entry").yAxisTitle("tumour cells").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("#");
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setYAxisMin(FLOOR_CELLS);
        addSeries(chart, "primary", months, t.primaryCells());
        List<Site> shown = new ArrayList<>();
        for (Site s : Site.ALL) {
            double[] c = t.tumourCells(s);
            double max = 0;
            for (double v : c) {
                max = Math.max(max, v);
            }
            if (max >= MIN_PLOTTED_CELLS) {
                shown.add(s);
                addSeries(chart, s.displayName(), months, c);
            }
        }
        BitmapEncoder.saveBitmap(chart, dir.resolve("burden.png").toString(), BitmapEncoder.BitmapFormat.PNG);
        VectorGraphicsEncoder.saveVectorGraphic(chart, dir.resolve("burden.svg").toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }

    private static void addSeries(XYChart chart, String name, double[] x, double[] cells) {
        double[] y = new double[cells.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.max(FLOOR_CELLS, cells[i]);
        }
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
    }
}
