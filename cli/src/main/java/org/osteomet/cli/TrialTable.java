package org.osteomet.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.osteomet.trial.TrialResult;
import org.osteomet.trial.TrialResult.ArmResult;
import org.osteomet.trial.TrialResult.Comparison;
import org.osteomet.trial.TrialResult.Estimate;
import org.osteomet.trial.TrialResult.HazardRatio;
import org.osteomet.trial.TrialResult.SreTypeCount;

/** A trial's arms side by side as aligned text: rows are endpoints, columns are arms (the first is the control). */
final class TrialTable {
    static final double DAYS_PER_MONTH = 30.4375;

    private TrialTable() {
    }

    static void print(TrialResult r, PrintWriter out) {
        List<ArmResult> arms = r.arms();
        List<String[]> rows = new ArrayList<>();
        add(rows, "", arms, ArmResult::arm);
        add(rows, "patients", arms, a -> Integer.toString(a.patients()));
        add(rows, "patient-years", arms, a -> fmt(a.patientYears(), 1));
        add(rows, "patients with >= 1 SRE", arms, a -> pct(a.shareWithSre()));
        add(rows, "median time to first SRE (months)", arms, a -> median(a.timeToFirstSreDays()));
        add(rows, "  95% CI", arms, a -> ci(a.timeToFirstSreDays()));
        add(rows, "SREs (all)", arms, a -> Integer.toString(a.sreEvents()));
        add(rows, "SREs per patient-year", arms, a -> fmt(a.smrPerPatientYear(), 2));
        for (SreTypeCount t : arms.get(0).sreByType()) {
            add(rows, "  " + t.type().replace('_', ' ') + " (patients)", arms, a -> a.sreByType().stream()
                    .filter(x -> x.type().equals(t.type())).findFirst().map(x -> pct(x.shareOfPatients()))
                    .orElse("0.0 %"));
        }
        add(rows, "hypercalcaemia", arms, a -> pct(a.hypercalcaemiaShare()));
        add(rows, "median overall survival (months)", arms, a -> median(a.overallSurvivalDays()));
        add(rows, "  95% CI", arms, a -> ci(a.overallSurvivalDays()));
        if (arms.size() > 1) {
            add(rows, "HR first SRE vs " + arms.get(0).arm(), arms, a -> cmp(a, v -> hr(v.firstSre())));
            add(rows, "  95% CI", arms, a -> cmp(a, v -> hrCi(v.firstSre())));
            add(rows, "  log-rank p", arms, a -> cmp(a, v -> p(v.firstSreLogRankP())));
            add(rows, "HR all SREs (Andersen-Gill)", arms, a -> cmp(a, v -> hr(v.multipleEvents())));
            add(rows, "  95% CI (robust)", arms, a -> cmp(a, v -> hrCi(v.multipleEvents())));
            add(rows, "HR overall survival", arms, a -> cmp(a, v -> hr(v.overallSurvival())));
            add(rows, "  95% CI", arms, a -> cmp(a, v -> hrCi(v.overallSurvival())));
            add(rows, "  log-rank p", arms, a -> cmp(a, v -> p(v.osLogRankP())));
        }
        int cols = arms.size() + 1;
        int[] width = new int[cols];
        for (String[] row : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder b = new StringBuilder();
            b.append(pad(row[0], width[0], false));
            for (int c = 1; c < cols; c++) {
                b.append("  ").append(pad(row[c], width[c], true));
            }
            out.println(b.toString().stripTrailing());
        }
        out.flush();
    }

    private static void add(List<String[]> rows, String label, List<ArmResult> arms,
            Function<ArmResult, String> value) {
        String[] row = new String[arms.size() + 1];
        row[0] = label;
        for (int i = 0; i < arms.size(); i++) {
            row[i + 1] = value.apply(arms.get(i));
        }
        rows.add(row);
    }

    private static String cmp(ArmResult a, Function<Comparison, String> f) {
        return a.versusControl() == null ? "-" : f.apply(a.versusControl());
    }

    private static String pad(String s, int w, boolean right) {
        String fill = " ".repeat(Math.max(0, w - s.length()));
        return right ? fill + s : s + fill;
    }

    static String fmt(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "n/a";
    }

    static String pct(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f %%", 100 * share) : "n/a";
    }

    private static String median(Estimate e) {
        return Double.isFinite(e.value()) ? fmt(e.value() / DAYS_PER_MONTH, 1) : "not reached";
    }

    private static String ci(Estimate e) {
        String lo = Double.isFinite(e.lower()) ? fmt(e.lower() / DAYS_PER_MONTH, 1) : "n/a";
        String hi = Double.isFinite(e.upper()) ? fmt(e.upper() / DAYS_PER_MONTH, 1) : "NR";
        return lo + "-" + hi;
    }

    private static String hr(HazardRatio h) {
        return fmt(h.hr(), 2);
    }

    private static String hrCi(HazardRatio h) {
        return Double.isFinite(h.hr()) ? fmt(h.lower(), 2) + "-" + fmt(h.upper(), 2) : "n/a";
    }

    private static String p(double p) {
        if (!Double.isFinite(p)) {
            return "n/a";
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
