package org.osteomet.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.osteomet.anatomy.Site;
import org.osteomet.sim.PatientOutcome;
import org.osteomet.sim.SiteSnapshot;
import org.osteomet.sim.StepObserver;

/**
 * Keeps a single patient's weekly state per site, then writes trajectory.csv with days from entry
 * (known only when the run ends).
 */
public final class TrajectoryRecorder implements StepObserver {
    public static final String HEADER = "day,site,tumour_cells,lesions,detectable_lesions,dormant_cells";
    private static final String PRIMARY = "primary";

    private final List<double[]> rows = new ArrayList<>();

    @Override
    public void afterStep(double day, SiteSnapshot s) {
        double[] r = new double[2 + 4 * Site.COUNT];
        r[0] = day;
        r[1] = s.primaryCells();
        for (Site site : Site.ALL) {
            int b = 2 + 4 * site.ordinal();
            r[b] = s.tumourCells(site);
            r[b + 1] = s.lesions(site);
            r[b + 2] = s.detectableLesions(site);
            r[b + 3] = s.dormantCells(site);
        }
        rows.add(r);
    }

    /** Days from entry of every recorded step. */
    public double[] days(PatientOutcome o) {
        double[] d = new double[rows.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = rows.get(i)[0] - o.entryDay();
        }
        return d;
    }

    /** Tumour cells at a site at every recorded step. */
    public double[] tumourCells(Site site) {
        return column(2 + 4 * site.ordinal());
    }

    /** Cells of the primary at every recorded step. */
    public double[] primaryCells() {
        return column(1);
    }

    private double[] column(int k) {
        double[] c = new double[rows.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = rows.get(i)[k];
        }
        return c;
    }

    public int steps() {
        return rows.size();
    }

    public void write(Writer w, PatientOutcome o) throws IOException {
        w.write(HEADER);
        w.write('\n');
        StringBuilder b = new StringBuilder();
        for (double[] r : rows) {
            int day = o.dayFromEntry(r[0]);
            b.append(day).append(',').append(PRIMARY).append(',').append(Csv.num(r[1])).append(",,,\n");
            for (Site site : Site.ALL) {
                int k = 2 + 4 * site.ordinal();
                b.append(day).append(',').append(site.code()).append(',')
                        .append(Csv.num(r[k])).append(',')
                        .append((int) r[k + 1]).append(',')
                        .append((int) r[k + 2]).append(',')
                        .append(Csv.num(r[k + 3])).append('\n');
            }
            w.write(b.toString());
            b.setLength(0);
        }
    }
}
