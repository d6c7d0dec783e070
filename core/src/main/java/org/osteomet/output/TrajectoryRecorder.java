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
    public static final String HEADER = "day,site,tumour_cells,lesions,detectable_lesions,dormant_cells,bone_mass_percent,"
            + "osteoclasts,osteoblasts,pain,serum_calcium_mmol_l";
    private static final int PER_SITE = 8;
    private static final String PRIMARY = "primary";

    private final List<double[]> rows = new ArrayList<>();
    private final List<SkeletonSvg.Lesion> lastLesions = new ArrayList<>();

    @Override
    public void afterStep(double day, SiteSnapshot s) {
        double[] r = new double[3 + PER_SITE * Site.COUNT];
        r[0] = day;
        r[1] = s.primaryCells();
        r[2] = s.serumCalcium();
        for (Site site : Site.ALL) {
            int b = 3 + PER_SITE * site.ordinal();
            r[b] = s.tumourCells(site);
            r[b + 1] = s.lesions(site);
            r[b + 2] = s.detectableLesions(site);
            r[b + 3] = s.dormantCells(site);
            r[b + 4] = s.boneMassPercent(site);
            r[b + 5] = s.osteoclasts(site);
            r[b + 6] = s.osteoblasts(site);
            r[b + 7] = s.pain(site);
        }
        rows.add(r);
        lastLesions.clear();
        for (Site site : Site.ALL) {
            int n = s.detectableLesions(site);
            for (int i = 0; i < n; i++) {
                lastLesions.add(new SkeletonSvg.Lesion(site, s.lesionType(site), s.tumourCells(site) / n));
            }
        }
    }

    /** Detectable lesions at the last recorded step (a site's burden shared evenly among its lesions). */
    public List<SkeletonSvg.Lesion> lastLesions() {
        return List.copyOf(lastLesions);
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
        return column(3 + PER_SITE * site.ordinal());
    }

    /** Bone mass of the site's involved region, % of healthy, at every recorded step. */
    public double[] boneMassPercent(Site site) {
        return column(3 + PER_SITE * site.ordinal() + 4);
    }

    /** Total serum calcium, mmol/L, at every recorded step. */
    public double[] serumCalcium() {
        return column(2);
    }

    /** Cells of the primary at every recorded step. */
    public double[] primaryCells() {
        return column(1);
    }

    private static double round3(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 1000) / 1000.0;
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
            String calcium = Csv.num(Math.round(r[2] * 1000) / 1000.0);
            b.append(day).append(',').append(PRIMARY).append(',').append(Csv.num(r[1])).append(",,,,,,,,").append(calcium).append('\n');
            for (Site site : Site.ALL) {
                int k = 3 + PER_SITE * site.ordinal();
                b.append(day).append(',').append(site.code()).append(',')
                        .append(Csv.num(r[k])).append(',')
                        .append((int) r[k + 1]).append(',')
                        .append((int) r[k + 2]).append(',')
                        .append(Csv.num(r[k + 3])).append(',')
                        .append(Csv.num(round3(r[k + 4]))).append(',')
                        .append(Csv.num(round3(r[k + 5]))).append(',')
                        .append(Csv.num(round3(r[k + 6]))).append(',')
                        .append(Csv.num(round3(r[k + 7]))).append(',')
                        .append(calcium).append('\n');
            }
            w.write(b.toString());
            b.setLength(0);
        }
    }
}
