package org.osteomet.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osteomet.calibration.BoundedParameter;
import org.osteomet.calibration.CalibrationResult;
import org.osteomet.calibration.Calibrator;
import org.osteomet.calibration.SearchSpace;
import org.osteomet.validation.Target;

/** The terminal summary of a calibration: parameters before and after, targets before and after, the loss. */
final class CalibrationTable {
    private CalibrationTable() {
    }

    static void print(PrintWriter o, SearchSpace space, double[] start, double[] chosen, List<Target> targets,
                                   double[] simStart, double[] simBest, double startLoss, double loss, CalibrationResult r,
                                   Calibrator calibrator) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"parameter", "start", "calibrated", "searched in"});
        for (int i = 0; i < start.length; i++) {
            BoundedParameter p = space.parameters().get(i);
            rows.add(new String[] {p.name(), ParamsCommandFormat.value(start[i]), ParamsCommandFormat.value(chosen[i]),
                "[" + ParamsCommandFormat.value(p.lower()) + ", " + ParamsCommandFormat.value(p.upper()) + "] "
                        + p.scale().name().toLowerCase(Locale.ROOT)});
        }
        printAligned(o, rows);
        o.println();
        rows.clear();
        rows.add(new String[] {"target", "published", "start", "calibrated", "unit", "quantity"});
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            String q = t.quantity().length() > 60 ? t.quantity().substring(0, 57) + "..." : t.quantity();
            rows.add(new String[] {t.id(), t.published(), simStart == null ? "n/a" : num(simStart[i]),
                simBest == null ? "n/a" : num(simBest[i]), t.unit(), q});
        }
        printAligned(o, rows);
        o.println();
        o.printf(Locale.ROOT, "loss: %s at the start, %s calibrated (%d generations, %d evaluations, population %d, stopped: %s)%n",
                num(startLoss), num(loss), r.generations(), r.evaluations(), calibrator.populationSize(), stop(r));
    }

    private static void printAligned(PrintWriter o, List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                b.append(row[c]).append(" ".repeat(width[c] - row[c].length() + 2));
            }
            o.println(b.toString().stripTrailing());
        }
    }

    /** Within this share of the (scaled) search range of a bound, a fitted value is "at the edge": the box, not the data, decided it. */
    static final double EDGE_SHARE = 0.01;

    /** "name (lower bound)" for every fitted value at the edge of its search range. */
    static List<String> atEdge(SearchSpace space, double[] values) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            double u = space.parameters().get(i).toUnit(values[i]);
            if (u <= EDGE_SHARE || u >= 1 - EDGE_SHARE) {
                out.add(space.parameters().get(i).name() + (u <= EDGE_SHARE ? " (lower bound)" : " (upper bound)"));
            }
        }
        return out;
    }

    static String stop(CalibrationResult r) {
        return r.stopReason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String num(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "n/a" : "inf";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 1000 ? "%.0f" : "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1")
                .replaceAll("\\.$", "");
    }

}
