package org.osteomet.trial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osteomet.trial.TrialResult.ArmResult;
import org.osteomet.trial.TrialResult.Comparison;
import org.osteomet.trial.TrialResult.Curve;
import org.osteomet.trial.TrialResult.Estimate;
import org.osteomet.trial.TrialResult.HazardRatio;
import org.osteomet.trial.TrialResult.SreTypeCount;
import org.osteomet.trial.stats.AndersenGill;
import org.osteomet.trial.stats.CountingProcessData;
import org.osteomet.trial.stats.CoxModel;
import org.osteomet.trial.stats.KaplanMeier;
import org.osteomet.trial.stats.LogRankTest;
import org.osteomet.trial.stats.SurvivalData;

/**
 * The standard endpoints of the bone-targeted-agent trials (zoledronic acid, denosumab) computed from simulated
 * arms.
 *
 * <p>The horizon is an administrative censoring time applied to every endpoint: follow-up is cut at the horizon,
 * SREs after it are ignored, and a death after it is a censoring at the horizon. Hypercalcaemia is recorded only
 * as "occurred during follow-up" and so is not cut.
 *
 * <p>Per arm: patients; patient-years (follow-up / 365.25); the share with at least one SRE; time to first SRE
 * (Kaplan-Meier median with the Brookmeyer-Crowley 95% CI; death and end of follow-up censor); the skeletal
 * morbidity rate (all SREs / patient-years); SREs by type; hypercalcaemia incidence; overall survival (KM median,
 * 95% CI). Versus the first arm: Cox hazard ratio for time to first SRE (arm indicator, Efron ties, Wald CI and p),
 * log-rank p; Andersen-Gill hazard ratio for all SREs (counting process, gap intervals between SREs, robust
 * variance clustered by patient; SREs on the same day count as one event there since an interval cannot be
 * empty); Cox hazard ratio for death and log-rank p. A statistic that cannot be estimated (no events) is NaN.
 */
public final class TrialAnalysis {
    /** SRE type codes in their usual reporting order; other codes follow alphabetically. */
    public static final List<String> SRE_TYPES = List.of("pathological_fracture", "spinal_cord_compression",
            "radiation_to_bone", "surgery_to_bone");
    static final double DAYS_PER_YEAR = 365.25;
    /** Smallest interval length in the counting-process data (an SRE on day 0). */
    private static final double MIN_INTERVAL_DAYS = 1e-6;

    private TrialAnalysis() {
    }

    /** Analyses arms (the first is the control) up to horizonDays (use Double.POSITIVE_INFINITY for none). */
    public static TrialResult analyse(List<ArmOutcomes> arms, double horizonDays) {
        if (arms == null || arms.isEmpty()) {
            throw new IllegalArgumentException("at least one arm is needed");
        }
        if (!(horizonDays > 0)) {
            throw new IllegalArgumentException("horizon must be positive, got " + horizonDays);
        }
        List<List<PatientEndpoints>> cut = new ArrayList<>();
        for (ArmOutcomes a : arms) {
            List<PatientEndpoints> ps = new ArrayList<>();
            for (PatientEndpoints p : a.patients()) {
                ps.add(truncate(p, horizonDays));
            }
            cut.add(ps);
        }
        List<ArmResult> results = new ArrayList<>();
        for (int k = 0; k < arms.size(); k++) {
            Comparison c = k == 0 ? null : compare(cut.get(0), cut.get(k));
            results.add(describe(arms.get(k), cut.get(k), c));
        }
        return new TrialResult(horizonDays, results);
    }

    /** The patient as seen at the horizon. */
    static PatientEndpoints truncate(PatientEndpoints p, double horizon) {
        if (p.followUpDays() <= horizon) {
            return p;
        }
        int n = 0;
        double[] days = p.sreDays();
        while (n < days.length && days[n] <= horizon) {
            n++;
        }
        return new PatientEndpoints(p.patientId(), horizon, false, Arrays.copyOf(days, n),
                Arrays.copyOf(p.sreTypes(), n), p.hypercalcaemia());
    }

    private static ArmResult describe(ArmOutcomes arm, List<PatientEndpoints> ps, Comparison versus) {
        int n = ps.size();
        double days = 0;
        int withSre = 0;
        int events = 0;
        int hyper = 0;
        int withdrawn = 0;
        Map<String, int[]> byType = new TreeMap<>(); // type -> {events, patients}
        for (String t : SRE_TYPES) {
            byType.put(t, new int[2]);
        }
        for (PatientEndpoints p : ps) {
            days += p.followUpDays();
            if (p.hadSre()) {
                withSre++;
            }
            events += p.sreDays().length;
            if (p.hypercalcaemia()) {
                hyper++;
            }
            if (p.withdrawn()) {
                withdrawn++;
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String t : p.sreTypes()) {
                int[] c = byType.computeIfAbsent(t, x -> new int[2]);
                c[0]++;
                if (seen.add(t)) {
                    c[1]++;
                }
            }
        }
        List<SreTypeCount> types = new ArrayList<>();
        Map<String, int[]> ordered = new LinkedHashMap<>();
        for (String t : SRE_TYPES) {
            ordered.put(t, byType.remove(t));
        }
        ordered.putAll(byType);
        for (Map.Entry<String, int[]> e : ordered.entrySet()) {
            int[] c = e.getValue();
            types.add(new SreTypeCount(e.getKey(), c[0], c[1], n == 0 ? Double.NaN : (double) c[1] / n));
        }
        double years = days / DAYS_PER_YEAR;
        double smr = years > 0 ? events / years : Double.NaN;
        SurvivalData first = firstSre(ps, null);
        SurvivalData os = overallSurvival(ps, null);
        KaplanMeier kmFirst = n == 0 ? null : KaplanMeier.fit(first);
        KaplanMeier kmOs = n == 0 ? null : KaplanMeier.fit(os);
        return new ArmResult(arm.arm(), arm.description(), n, years, withSre, events, median(kmFirst), smr, types,
                hyper, withdrawn, median(kmOs), curve(kmFirst, first), curve(kmOs, os), versus);
    }

    private static Estimate median(KaplanMeier km) {
        if (km == null) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN);
        }
        return new Estimate(km.median(), km.medianLower(), km.medianUpper());
    }

    private static Curve curve(KaplanMeier km, SurvivalData data) {
        if (km == null) {
            return new Curve(new double[] {0}, new double[] {1}, new double[0]);
        }
        double[] t = km.times();
        double[] s = km.survival();
        List<double[]> pts = new ArrayList<>();
        pts.add(new double[] {0, 1});
        for (int i = 0; i < t.length; i++) {
            if (t[i] == 0) {
                pts.set(0, new double[] {0, s[i]});
            } else {
                pts.add(new double[] {t[i], s[i]});
            }
        }
        double last = km.lastTime();
        if (last > pts.get(pts.size() - 1)[0]) {
            pts.add(new double[] {last, pts.get(pts.size() - 1)[1]});
        }
        double[] time = new double[pts.size()];
        double[] surv = new double[pts.size()];
        for (int i = 0; i < time.length; i++) {
            time[i] = pts.get(i)[0];
            surv[i] = pts.get(i)[1];
        }
        double[] censor = new double[data.size()];
        int c = 0;
        for (int i = 0; i < data.size(); i++) {
            if (!data.event(i)) {
                censor[c++] = data.time(i);
            }
        }
        double[] cs = Arrays.copyOf(censor, c);
        Arrays.sort(cs);
        return new Curve(time, surv, cs);
    }

    private static SurvivalData firstSre(List<PatientEndpoints> ps, double[][] x) {
        int n = ps.size();
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        for (int i = 0; i < n; i++) {
            t[i] = ps.get(i).timeToFirstSre();
            e[i] = ps.get(i).hadSre();
        }
        return SurvivalData.create(t, e, null, x);
    }

    private static SurvivalData overallSurvival(List<PatientEndpoints> ps, double[][] x) {
        int n = ps.size();
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        for (int i = 0; i < n; i++) {
            t[i] = ps.get(i).followUpDays();
            e[i] = ps.get(i).died();
        }
        return SurvivalData.create(t, e, null, x);
    }

    private static Comparison compare(List<PatientEndpoints> control, List<PatientEndpoints> arm) {
        List<PatientEndpoints> both = new ArrayList<>(control);
        both.addAll(arm);
        int n = both.size();
        int[] group = new int[n];
        double[][] x = new double[n][1];
        for (int i = control.size(); i < n; i++) {
            group[i] = 1;
            x[i][0] = 1;
        }
        SurvivalData first = firstSre(both, x).withGroups(group);
        SurvivalData os = overallSurvival(both, x).withGroups(group);
        return new Comparison(cox(first), logRankP(first), andersenGill(both, x), cox(os), logRankP(os));
    }

    private static HazardRatio cox(SurvivalData data) {
        if (data.eventCount() == 0) {
            return HazardRatio.NONE;
        }
        try {
            CoxModel m = CoxModel.fit(data, CoxModel.Ties.EFRON);
            if (!m.converged() || !Double.isFinite(m.standardError(0))) {
                return HazardRatio.NONE;
            }
            return new HazardRatio(m.hazardRatio(0), m.hazardRatioLower(0), m.hazardRatioUpper(0), m.pValue(0));
        } catch (IllegalArgumentException | IllegalStateException ex) {
            return HazardRatio.NONE;
        }
    }

    private static double logRankP(SurvivalData data) {
        if (data.eventCount() == 0) {
            return Double.NaN;
        }
        try {
            return LogRankTest.test(data).pValue();
        } catch (IllegalArgumentException | IllegalStateException ex) {
            return Double.NaN;
        }
    }

    /** Andersen-Gill on gap intervals (previous SRE, next SRE], then (last SRE, end of follow-up] censored. */
    private static HazardRatio andersenGill(List<PatientEndpoints> ps, double[][] x) {
        List<double[]> rows = new ArrayList<>(); // start, stop, event, subject, covariate
        boolean anyEvent = false;
        for (int i = 0; i < ps.size(); i++) {
            PatientEndpoints p = ps.get(i);
            double start = 0;
            for (double d : p.sreDays()) {
                if (d <= start && start > 0) {
                    continue; // same day as the previous SRE: one event in the counting process
                }
                double stop = Math.max(d, start + MIN_INTERVAL_DAYS);
                rows.add(new double[] {start, stop, 1, i, x[i][0]});
                anyEvent = true;
                start = stop;
            }
            if (p.followUpDays() > start) {
                rows.add(new double[] {start, p.followUpDays(), 0, i, x[i][0]});
            }
        }
        if (!anyEvent) {
            return HazardRatio.NONE;
        }
        int m = rows.size();
        double[] start = new double[m];
        double[] stop = new double[m];
        boolean[] event = new boolean[m];
        int[] subject = new int[m];
        double[][] cov = new double[m][1];
        for (int r = 0; r < m; r++) {
            double[] row = rows.get(r);
            start[r] = row[0];
            stop[r] = row[1];
            event[r] = row[2] == 1;
            subject[r] = (int) row[3];
            cov[r][0] = row[4];
        }
        try {
            AndersenGill ag = AndersenGill.fit(CountingProcessData.create(start, stop, event, subject, cov),
                    CoxModel.Ties.EFRON);
            if (!ag.model().converged() || !Double.isFinite(ag.robustStandardError(0))) {
                return HazardRatio.NONE;
            }
            return new HazardRatio(ag.hazardRatio(0), ag.robustHazardRatioLower(0), ag.robustHazardRatioUpper(0),
                    ag.robustPValue(0));
        } catch (IllegalArgumentException | IllegalStateException ex) {
            return HazardRatio.NONE;
        }
    }
}
